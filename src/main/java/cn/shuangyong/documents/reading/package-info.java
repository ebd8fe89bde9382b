/**
 * Reading a notice (text, Markdown, .docx, .doc or text PDF) into a {@link cn.shuangyong.documents.reading.NoticeDraft}:
 * the documents it carries, the work plan's sections and items, and who leads and cooperates on each item.
 * The reader knows the grammar of official notices, never the content of any particular one.
 */
@org.springframework.modulith.NamedInterface("reading")
package cn.shuangyong.documents.reading;
