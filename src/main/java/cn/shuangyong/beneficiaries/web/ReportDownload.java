package cn.shuangyong.beneficiaries.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import cn.shuangyong.beneficiaries.importing.ImportReport;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.Attachment;
import org.springframework.http.ResponseEntity;

/** An import report, under a name the server chooses, never the uploaded file's name. */
final class ReportDownload {

	private ReportDownload() {
	}

	static ResponseEntity<byte[]> of(ImportReport report, long id, CurrentUser user) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		report.write(id, user, buffer);
		return Attachment.xlsx("优抚对象导入报告-" + id + ".xlsx", buffer.toByteArray());
	}
}
