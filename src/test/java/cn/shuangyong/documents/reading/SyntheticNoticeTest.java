package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Random unit names in every lead mode and role: the reader must recover each item's assignment. */
class SyntheticNoticeTest {

	@Test
	void readsEveryAssignmentOfAThousandItemNoticeWithMadeUpUnits() {
		SyntheticNotice.Generated notice = SyntheticNotice.generate(1000, 20310101L);

		NoticeDraft draft = new NoticeReader().read("synthetic.md", notice.text().getBytes(StandardCharsets.UTF_8));

		assertThat(draft.items()).hasSize(1000);
		List<Assignment> read = draft.items().stream()
			.map(i -> new Assignment(i.leads(), i.leadMode(), i.cooperators(), i.cooperatorRole()))
			.toList();
		assertThat(read).containsExactlyElementsOf(notice.assignments());
		assertThat(draft.plan().sections()).hasSize(10);
		assertThat(draft.documents()).extracting(DocumentHeader::forwards).containsExactly("某拥办〔2031〕2号", null);
	}

	@Test
	void generatesTheSameNoticeForTheSameSeed() {
		assertThat(SyntheticNotice.generate(50, 7L)).isEqualTo(SyntheticNotice.generate(50, 7L));
	}
}
