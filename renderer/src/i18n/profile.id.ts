/** Indonesian texts of the office profile in Pengaturan (merged under the "profile" key). */
const profileId = {
  heading: 'Profil instansi dan kop surat',
};

export default profileId;
export type ProfileResources = typeof profileId;
