package cn.shuangyong.beneficiaries.web;

import java.io.IOException;

import cn.shuangyong.beneficiaries.importing.ImportReport;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.shared.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * Sends an import report: a name the server chooses, encoded per RFC 6266/5987, never the uploaded file's name; not
 * cached, as it names people.
 */
final class ReportDownload {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private ReportDownload() {
	}

	static void send(ImportReport report, long id, CurrentUser user, HttpServletResponse response) throws IOException {
		java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
		report.write(id, user, buffer);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Attachment.headerValue("优抚对象导入报告-" + id + ".xlsx"));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(buffer.size());
		buffer.writeTo(response.getOutputStream());
	}
}
