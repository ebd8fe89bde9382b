/**
 * Writing official documents as GB/T 9704-2012 (党政机关公文格式) lays them out: {@link
 * cn.shuangyong.documents.writing.OfficialLayout} for a document with its red issuing mark, number, body, signature and
 * 版记; {@link cn.shuangyong.documents.writing.ListLayout} for ledgers, score sheets and rosters in the same fonts and
 * margins; {@link cn.shuangyong.documents.writing.PdfConversion} for the PDF of either. Every module that writes a
 * .docx writes it through here, so the page is laid out once.
 */
@org.springframework.modulith.NamedInterface("writing")
package cn.shuangyong.documents.writing;
