package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SeedNoticeTest {

	private final NoticeReader reader = new NoticeReader();

	@Test
	void readsTheSeedMarkdownAsTheGoldAnnotatesIt() {
		SeedGold.assertMatches(reader.read(SeedGold.SEED, SeedGold.seed()));
	}

	@Test
	void joinsItemsBrokenOverBlankLinesInsideTheirParenthesis() {
		NoticeDraft draft = reader.read(SeedGold.SEED, SeedGold.seed());

		assertThat(draft.items().get(23).text()).isEqualTo(
				"围绕支持部队备战打仗，深化“双拥在基层”活动，分层、分级、分类打造特色亮点，进一步丰富发展我省双拥品牌体系。");
	}

	@Test
	void keepsTheItemTextWithoutItsNumberOrAssignment() {
		NoticeDraft draft = reader.read(SeedGold.SEED, SeedGold.seed());

		assertThat(draft.items().get(6).text()).startsWith("配合南部战区落实").endsWith("相互主动问需和跟进服务保障工作。");
	}

	@Test
	void readsTheSameSeedSavedAsGb18030() {
		byte[] gb18030 = new String(SeedGold.seed(), StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030"));

		SeedGold.assertMatches(reader.read("seed.txt", gb18030));
	}
}
