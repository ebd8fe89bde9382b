package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Text made of the pieces notices are built from, in random order: numbering, parentheses of both widths,
 * lead and role words, labels, document numbers, line breaks. Whatever the order, the reader returns a draft
 * or refuses the file; it never fails in any other way.
 */
class ScrambledTextTest {

	private static final String[] PIECES = { "一、", "（一）", "1.", "2、", "12.", "（3）", "（", "）", "(", ")", "牵头", "分别牵头",
			"负责", "配合", "参加", "等相关部门", "由", "、", "，", "。", "；", "：", "\n", "\n\n", "某局", "某厅", "县（市、区）",
			"牵头单位：", "责任单位：", "完成时限：", "某拥办〔2021〕1号", "文件", "关于转发", "的通知", "工作要点", "各县：", "不少于",
			"3篇（部）", "各", "“八一”前夕", "6月底前", "抄送：", "2021年3月1日", "**", "# ", "\u3000", " " };

	@Test
	void readsOrRefusesEveryScrambledNoticeWithoutFailingOtherwise() {
		Random random = new Random(1949);
		NoticeReader reader = new NoticeReader();
		for (int notice = 0; notice < 500; notice++) {
			StringBuilder text = new StringBuilder();
			for (int piece = random.nextInt(300); piece >= 0; piece--) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
			assertThatCode(() -> {
				try {
					reader.read("scrambled.txt", content);
				}
				catch (UnreadableNoticeException refused) {
					// A refusal with a reason is an answer too.
				}
			}).as(text.toString()).doesNotThrowAnyException();
		}
	}
}
