/** Indonesian texts of the money area's rates screens, merged under the "rates" key. */
const ratesId = {
  title: 'rates',
};

export default ratesId;
export type RatesResources = typeof ratesId;
