package cn.shuangyong.documents.writing;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The official page read back with POI: the values GB/T 9704-2012 gives, and the parts in their order and fonts. */
class OfficialLayoutTest {

	private static final LocalDate DAY = LocalDate.of(2020, 9, 30);

	private static OfficialDocument document(List<Block> body, List<String> attachments, OfficialDocument.Imprint imprint) {
		return new OfficialDocument("某州双拥工作领导小组办公室文件", "某拥办〔2020〕3号", "关于做好双拥工作的\n通知", "各县（市）双拥办",
				body, attachments, new OfficialDocument.Signature("某州双拥工作领导小组办公室", DAY), imprint);
	}

	private static XWPFDocument read(OfficialDocument document) throws Exception {
		return new XWPFDocument(new ByteArrayInputStream(OfficialLayout.docx(document)));
	}

	private static List<XWPFParagraph> written(XWPFDocument doc) {
		return doc.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
	}

	@Test
	void thePageHasTheMarginsTheLineGridAndThePageNumbersOfTheStandard() throws Exception {
		try (XWPFDocument doc = read(document(List.of(Block.paragraph("正文。")), List.of(), null))) {
			var section = doc.getDocument().getBody().getSectPr();
			CTPageMar margins = section.getPgMar();
			// 37, 35, 28 and 26 mm in twentieths of a point
			assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
				.extracting(Object::toString).containsExactly("2098", "1984", "1587", "1474");
			assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
			// 225 mm in 22 lines
			assertThat(section.getDocGrid().getLinePitch().toString()).isEqualTo("580");
			assertThat(doc.getFooterList()).hasSize(2).allSatisfy(footer -> assertThat(footer.getText()).contains("—"));
			assertThat(doc.getFooterList().get(0).getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("宋体");
		}
	}

	@Test
	void theHeadPutsTheRedMarkTheNumberTheTitleAndTheAddresseeInOrder() throws Exception {
		try (XWPFDocument doc = read(document(List.of(Block.paragraph("正文。")), List.of(), null))) {
			List<XWPFParagraph> lines = written(doc);
			assertThat(lines.get(0).getText()).isEqualTo("某州双拥工作领导小组办公室文件");
			assertThat(lines.get(0).getRuns().get(0).getColor()).isEqualTo("FF0000");
			assertThat(lines.get(1).getText()).isEqualTo("某拥办〔2020〕3号");
			assertThat(HexFormat.of().withUpperCase().formatHex((byte[]) lines.get(1).getCTPPr().getPBdr().getBottom()
				.getColor())).as("the rule under the number").isEqualTo("FF0000");
			assertThat(lines.get(2).getText()).as("a title that fits on one line is not broken").isEqualTo("关于做好双拥工作的通知");
			assertThat(lines.get(2).getRuns().get(0).getFontFamily()).isEqualTo("方正小标宋简体");
			assertThat(lines.get(3).getText()).isEqualTo("各县（市）双拥办：");
		}
	}

	@Test
	void headingsAreNumberedLevelByLevelInBlackKaiAndFangsong() throws Exception {
		List<Block> body = List.of(Block.heading(1, "总体要求"), Block.heading(2, "指导思想"), Block.heading(3, "坚持",
				"党的领导。"), Block.heading(4, "细则"), Block.heading(4, "分工"), Block.heading(2, "目标"),
				Block.heading(1, "主要任务"), Block.heading(2, "拥军优属"));
		try (XWPFDocument doc = read(document(body, List.of(), null))) {
			List<String> texts = written(doc).stream().map(XWPFParagraph::getText).toList();
			assertThat(texts).containsSubsequence("一、总体要求", "（一）指导思想", "1.坚持党的领导。", "（1）细则", "（2）分工",
					"（二）目标", "二、主要任务", "（一）拥军优属");
			List<XWPFParagraph> lines = written(doc);
			assertThat(font(lines, "一、总体要求")).isEqualTo("黑体");
			assertThat(font(lines, "（一）指导思想")).isEqualTo("楷体_GB2312");
			assertThat(font(lines, "1.坚持党的领导。")).isEqualTo("仿宋_GB2312");
		}
	}

	@Test
	void attachmentsSignatureAndImprintFollowTheText() throws Exception {
		try (XWPFDocument doc = read(document(List.of(Block.paragraph("正文。")), List.of("任务分工表", "联系人名单"),
				new OfficialDocument.Imprint("省双拥办", "某州双拥工作领导小组办公室", DAY)))) {
			List<String> texts = written(doc).stream().map(XWPFParagraph::getText).toList();
			assertThat(texts).containsSubsequence("正文。", "附件：1.任务分工表", "2.联系人名单", "某州双拥工作领导小组办公室",
					"2020年9月30日", "\u3000抄送：省双拥办。", "\u3000某州双拥工作领导小组办公室\t2020年9月30日印发\u3000");
		}
	}

	@Test
	void refusesAFifthHeadingLevel() {
		assertThatThrownBy(() -> Block.heading(5, "太深")).isInstanceOf(IllegalArgumentException.class);
		assertThat(HeadingNumbers.chinese(10)).isEqualTo("十");
		assertThat(HeadingNumbers.chinese(21)).isEqualTo("二十一");
	}

	private static String font(List<XWPFParagraph> lines, String text) {
		return lines.stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow().getRuns().get(0)
			.getFontFamily();
	}
}
