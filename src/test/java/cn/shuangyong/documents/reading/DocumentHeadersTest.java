package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DocumentHeadersTest {

	private final NoticeReader reader = new NoticeReader();

	private DocumentHeader onlyHeader(String text) {
		NoticeDraft draft = reader.read("notice.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(draft.documents()).hasSize(1);
		return draft.documents().get(0);
	}

	@Test
	void splitsRecipientsOnlyOnCommasNeverOnTheEnumerationComma() {
		DocumentHeader header = onlyHeader("""
				某省双拥办文件
				某拥办〔2021〕1号
				关于印发2021年双拥工作要点的通知
				各州、市双拥办，省双拥工作领导小组成员单位,驻滇各部队：
				现将要点印发你们。
				""");

		assertThat(header.recipients()).containsExactly("各州、市双拥办", "省双拥工作领导小组成员单位", "驻滇各部队");
	}

	@Test
	void writesTheDocNumberWithTheBracketsOfGbt9704() {
		assertThat(onlyHeader("某省双拥办文件\n某拥办[2021]12號\n关于做好八一慰问工作的通知\n各州市：\n").docNumber())
			.isEqualTo("某拥办〔2021〕12号");
		assertThat(onlyHeader("某省双拥办文件\n某拥办（2021）12号\n关于做好八一慰问工作的通知\n各州市：\n").docNumber())
			.isEqualTo("某拥办〔2021〕12号");
	}

	@Test
	void joinsATitleThatAPdfWrappedOverTwoLines() {
		DocumentHeader header = onlyHeader("""
				某州双拥工作领导小组办公室文件
				某拥办〔2021〕4号
				某州双拥工作领导小组办公室关于转发省双拥办2021年
				双拥工作要点的通知
				各县市双拥办：
				""");

		assertThat(header.title()).isEqualTo("某州双拥工作领导小组办公室关于转发省双拥办2021年双拥工作要点的通知");
		assertThat(header.kind()).isEqualTo(DocumentKind.FORWARD);
		assertThat(header.forwards()).isNull();
	}

	@Test
	void joinsATitleWrappedRightAfterAKindWordInsideIt() {
		DocumentHeader header = onlyHeader("""
				某州双拥工作领导小组办公室文件
				某拥办〔2021〕4号
				某州双拥办关于转发2021年某省双拥工作要点
				的通知
				各县市双拥办：
				""");

		assertThat(header.title()).isEqualTo("某州双拥办关于转发2021年某省双拥工作要点的通知");
		assertThat(header.recipients()).containsExactly("各县市双拥办");
	}

	@Test
	void leavesTheIssuerOutWhenNoIssuerLineStandsAboveTheNumber() {
		DocumentHeader header = onlyHeader("""
				现将有关事项通知如下。
				某拥办〔2021〕4号
				关于开展双拥模范城创建的通知
				各县市：
				""");

		assertThat(header.issuer()).isNull();
		assertThat(header.title()).isEqualTo("关于开展双拥模范城创建的通知");
	}
}
