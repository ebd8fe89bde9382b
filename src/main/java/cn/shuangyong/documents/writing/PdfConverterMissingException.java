package cn.shuangyong.documents.writing;

/** LibreOffice is not installed on this server: PDFs cannot be made, though the .docx can still be downloaded. */
public class PdfConverterMissingException extends RuntimeException {

	PdfConverterMissingException() {
		super("服务器未安装 LibreOffice，暂时无法生成 PDF，请先下载 .docx 版本");
	}
}
