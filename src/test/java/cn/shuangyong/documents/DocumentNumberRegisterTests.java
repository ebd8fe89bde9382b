package cn.shuangyong.documents;

import java.util.List;

import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The register's sequences: each office has its own under each code and year, a number recorded some other way is
 * passed over, and no number is recorded twice. Each run takes codes of its own, so it does not depend on what the
 * database already holds.
 */
@PlatformTest
class DocumentNumberRegisterTests {

	private static final long OFFICE = 990_001;

	private static final long OTHER_OFFICE = 990_002;

	@Autowired
	DocumentRegistry registry;

	private final String code = "测试办" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "").toUpperCase();

	@Test
	void eachOfficeCountsItsOwnNumbersPerCodeAndYearFromOne() {
		assertThat(issue(OFFICE, code, 2020)).isEqualTo(new DocNumber(code, 2020, 1));
		assertThat(issue(OFFICE, code, 2020)).isEqualTo(new DocNumber(code, 2020, 2));
		assertThat(issue(OFFICE, code, 2021)).as("a new year starts again").isEqualTo(new DocNumber(code, 2021, 1));
		assertThat(issue(OFFICE, code + "督", 2020)).as("another code has its own sequence")
			.isEqualTo(new DocNumber(code + "督", 2020, 1));
		assertThat(registry.byNumber(code + "〔2020〕2号")).hasValueSatisfying(d -> {
			assertThat(d.issuerUnitId()).isEqualTo(OFFICE);
			assertThat(d.kind()).isEqualTo("ISSUE");
			assertThat(d.recipients()).containsExactly("各县（市）双拥办");
		});
	}

	@Test
	void passesOverANumberRecordedSomeOtherWayAndRecordsNoNumberTwice() {
		assertThat(issue(OFFICE, code, 2020).serial()).isEqualTo(1);
		registry.record(new DocumentRegistry.NewDocument(code + "〔2020〕2号", "另一办公室", OTHER_OFFICE, "另行登记的文件",
				"ISSUE", null, "5323", List.of()), "test");

		assertThat(issue(OFFICE, code, 2020).serial()).as("2号 is taken").isEqualTo(3);
		assertThat(issue(OTHER_OFFICE, code, 2020).serial()).as("the other office's sequence skips every taken number")
			.isEqualTo(4);
		assertThatThrownBy(() -> registry.record(new DocumentRegistry.NewDocument(code + "〔2020〕3号", "某办", OFFICE,
				"同号文件", "ISSUE", null, "5323", List.of()), "test"))
			.isInstanceOf(DuplicateKeyException.class);
	}

	private DocNumber issue(long office, String code, int year) {
		return registry.issue(code, year,
				new DocumentRegistry.Issue("测试办公室", office, "关于测试的通知", "5323", List.of("各县（市）双拥办")), "test")
			.number();
	}
}
