package cn.shuangyong.supervision;

import java.nio.file.Path;
import java.util.HexFormat;

import cn.shuangyong.CurrentVersion;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Report files: checked by content, kept under generated names with their checksum, downloaded only by those who
 * may see the task. A bad file refuses the whole report and leaves nothing behind.
 */
@PlatformTest
class AttachmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	cn.shuangyong.Demo demo;

	@Value("${shuangyong.embedded-db.data-dir}/files/supervision")
	Path folder;

	Calls calls;

	long task;

	@BeforeEach
	void signedFor() throws Exception {
		calls = new Calls(mvc, jdbc);
		task = DemoTasks.ofItem(jdbc, "3");
		if ("ASSIGNED".equals(jdbc.sql("select state from supervision.task where id = :t").param("t", task)
			.query(String.class).single())) {
			calls.as(lead(), post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		}
	}

	@Test
	void rejectsExeFileRenamedPdf() throws Exception {
		long before = reports();
		calls.as(lead(), multipart("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).file(Files.part("工作总结.pdf", Files.exe()))
			.param("text", "见附件")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("附件“工作总结.pdf”的内容不是扩展名所示的 PDF 文件")));
		assertThat(reports()).isEqualTo(before);
		assertThat(attachments()).isZero();
	}

	@Test
	void rejectsEmptyWrongTypeAndTooBigFilesNamingEach() throws Exception {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(Files.pdf(), 0, big, 0, Files.pdf().length);
		calls.as(lead(), multipart("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).file(Files.part("空.docx", new byte[0]))
			.file(Files.part("脚本.sh", "echo".getBytes())).file(Files.part("大文件.pdf", big))
			.file(Files.part("表格.xlsx", Files.office("word/document.xml")))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("附件“空.docx”是空文件"),
					org.hamcrest.Matchers.containsString("附件“脚本.sh”的类型不允许"),
					org.hamcrest.Matchers.containsString("附件“大文件.pdf”大小为 10.0 MB，超过单个文件 10.0 MB 的上限"),
					org.hamcrest.Matchers.containsString("附件“表格.xlsx”的内容不是扩展名所示的 XLSX 文件"))));
		assertThat(attachments()).isZero();
	}

	@Test
	void keepsFilesUnderGeneratedNamesWithTheirChecksumAndServesThemToThoseWhoSeeTheTask() throws Exception {
		byte[] pdf = Files.pdf();
		calls.as(lead(), multipart("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).file(Files.part("2020年\"专栏\"清单.pdf", pdf))
			.file(Files.part("报表.xlsx", Files.office("xl/workbook.xml"))).param("text", "专栏清单见附件"))
			.andExpect(status().isCreated());
		var row = jdbc.sql("""
				select a.id, a.stored_name, a.original_name, a.size_bytes, a.content_type, a.sha256
				from supervision.report_attachment a join supervision.progress_report r on r.id = a.report_id
				where r.task_id = :t and a.original_name like '%.pdf'""").param("t", task).query().singleRow();
		assertThat((String) row.get("stored_name")).matches("[0-9a-f-]{36}").doesNotContain("专栏");
		assertThat(row.get("original_name")).isEqualTo("2020年专栏清单.pdf");
		assertThat(((Number) row.get("size_bytes")).longValue()).isEqualTo(pdf.length);
		assertThat(row.get("content_type")).isEqualTo("application/pdf");
		assertThat(row.get("sha256")).isEqualTo(
				HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
		String stored = (String) row.get("stored_name");
		assertThat(folder.resolve(stored.substring(0, 2)).resolve(stored)).exists().hasBinaryContent(pdf);

		long id = ((Number) row.get("id")).longValue();
		mvc.perform(get("/supervision/attachments/{id}", id).with(demo.as("yunnan")))
			.andExpect(status().isOk()).andExpect(content().bytes(pdf))
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"2020_____.pdf\"; filename*=UTF-8''2020%E5%B9%B4%E4%B8%93%E6%A0%8F%E6%B8%85%E5%8D%95.pdf"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		calls.as("junfenqu", get("/api/v1/tasks/attachments/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/supervision/attachments/{id}", id).with(demo.as("junfenqu"))).andExpect(status().isNotFound());
		calls.as("yunnan", get("/api/v1/tasks/attachments/{id}", id)).andExpect(status().isOk());
		// a download is recorded by the file's id and digest; its own name, which may name a person, stays out
		assertThat(jdbc.sql("""
				select detail from audit.audit_event where event_type = 'ATTACHMENT_DOWNLOAD' and object_id = :t""")
			.param("t", Long.toString(task)).query(String.class).list())
			.isNotEmpty().allSatisfy(detail -> assertThat(detail).contains(Long.toString(id)).doesNotContain("专栏"));
	}

	private String lead() {
		return "tuiyi";
	}

	private long attachments() {
		return jdbc.sql("""
				select count(*) from supervision.report_attachment a join supervision.progress_report r on r.id = a.report_id
				where r.task_id = :t""").param("t", task).query(Long.class).single();
	}

	private long reports() {
		return jdbc.sql("select count(*) from supervision.progress_report").query(Long.class).single();
	}
}
