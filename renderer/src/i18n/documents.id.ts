/** Indonesian texts of the documents area (merged under the "documents" key). */
const documentsId = {
  validation: {
    marginRange: '{{field}}: margin antara 5 dan 60 mm.',
    templateNeedsNumber: '{{field}}: templat nomor harus memuat {nomor}.',
    templateUnknownToken: '{{field}}: templat hanya boleh memakai {kode}, {nomor}, {unit}, {bulan}, {bulan2}, {tahun}.',
    emblemTooBig: '{{field}}: gambar lambang terlalu besar (paling besar 3 MB).',
    emblemType: '{{field}}: {{name}} bukan gambar PNG atau JPEG yang utuh.',
    emblemDimensions: '{{field}}: {{name}} lebih besar dari {{max}} piksel pada salah satu sisinya.',
  },
};

export default documentsId;
export type DocumentsResources = typeof documentsId;
