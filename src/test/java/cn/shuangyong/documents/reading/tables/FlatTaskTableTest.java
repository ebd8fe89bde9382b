package cn.shuangyong.documents.reading.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shuangyong.documents.reading.NoticeDraft;
import cn.shuangyong.documents.reading.NoticeReader;
import cn.shuangyong.documents.reading.WorkItemDraft;

/** Task tables that reach the reader flattened into text, in each form a copy or a web page leaves them. */
class FlatTaskTableTest {

	private static final String TITLE = "2021年某县双拥工作任务分解表\n";

	private final NoticeReader reader = new NoticeReader();

	@Test
	void readsATableBetweenPipeMarks() {
		NoticeDraft draft = reader.readText(TITLE + """
				| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |
				|---|---|---|---|---|
				| 1 | 开展国防教育进校园活动。 | 县委宣传部 | 县教育体育局、县退役军人事务局 | 9月底前 |
				| 2 | 组织走访慰问驻地部队。 | 县退役军人事务局 | 县人武部 | “八一”前夕 |
				""");

		assertTwoItems(draft);
		assertThat(draft.items()).extracting(WorkItemDraft::timeNodes)
			.containsExactly(List.of("9月底前"), List.of("“八一”前夕"));
	}

	@Test
	void readsATableWhoseCellsAreSetApartByTabs() {
		NoticeDraft draft = reader.readText(TITLE + "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
				+ "1\t开展国防教育进校园活动。\t县委宣传部\t县教育体育局、县退役军人事务局\t9月底前\n"
				+ "2\t组织走访慰问驻地部队。\t县退役军人事务局\t县人武部\t“八一”前夕\n");

		assertTwoItems(draft);
	}

	@Test
	void readsAlignedColumnsAndPutsAWrappedCellBackInItsColumn() {
		NoticeDraft draft = reader.readText(TITLE + """
				序号  工作任务                      牵头单位          配合单位          完成时限
				1     开展国防教育进校园活动。      县委宣传部        县教育体育局、    9月底前
				                                                      县退役军人事务局
				2     组织走访慰问驻地部队。        县退役军人事务局  县人武部          “八一”前夕
				""");

		assertTwoItems(draft);
	}

	@Test
	void readsATableFlattenedOneCellPerLine() {
		NoticeDraft draft = reader.readText(TITLE + """
				序号
				工作任务
				牵头单位
				配合单位
				完成时限
				1
				开展国防教育进校园活动。
				县委宣传部
				县教育体育局、县退役军人事务局
				9月底前
				2
				组织走访慰问驻地部队。
				县退役军人事务局
				县人武部
				“八一”前夕
				""");

		assertTwoItems(draft);
	}

	@Test
	void aResponsibleColumnAloneLeadsAndBesideALeadColumnCooperates() {
		NoticeDraft alone = reader.readText(TITLE + """
				| 序号 | 重点工作 | 责任单位 | 时间节点 |
				| 1 | 落实随军家属就业安置政策。 | 县人力资源社会保障局、县退役军人事务局 | 年底前 |
				""");
		NoticeDraft beside = reader.readText(TITLE + """
				| 序号 | 目标任务 | 牵头责任单位 | 责任单位 | 完成时限 |
				| 1 | 落实随军家属就业安置政策。 | 县人力资源社会保障局 | 县退役军人事务局 | 年底前 |
				""");

		assertThat(alone.items()).extracting(WorkItemDraft::leads, WorkItemDraft::cooperators)
			.containsExactly(tuple(List.of("县人力资源社会保障局", "县退役军人事务局"), List.of()));
		assertThat(beside.items()).extracting(WorkItemDraft::leads, WorkItemDraft::cooperators)
			.containsExactly(tuple(List.of("县人力资源社会保障局"), List.of("县退役军人事务局")));
	}

	@Test
	void keepsTheLeaderInChargeAsANoteAndNeverAsAUnit() {
		NoticeDraft draft = reader.readText(TITLE + """
				| 序号 | 工作任务 | 分管领导 | 牵头单位 | 配合单位 |
				| 1 | 组织走访慰问驻地部队。 | 副县长 | 县退役军人事务局 | 县人武部 |
				""");

		WorkItemDraft item = draft.items().get(0);
		assertThat(item.leads()).containsExactly("县退役军人事务局");
		assertThat(item.cooperators()).containsExactly("县人武部");
		assertThat(item.text()).contains("分管领导：副县长");
	}

	@Test
	void aTableWithoutAColumnThatAssignsIsLeftAsText() {
		NoticeDraft draft = reader.readText("""
				| 序号 | 主要职责 | 具体工作事项 | 法律依据 |
				| 1 | 组织实施优抚政策 | 优抚政策的落实 | 有关文件 |
				""");

		assertThat(draft.items()).allSatisfy(item -> assertThat(item.leads()).isEmpty());
	}

	private static void assertTwoItems(NoticeDraft draft) {
		assertThat(draft.items())
			.extracting(WorkItemDraft::no, WorkItemDraft::leads, WorkItemDraft::cooperators)
			.containsExactly(tuple("1", List.of("县委宣传部"), List.of("县教育体育局", "县退役军人事务局")),
					tuple("2", List.of("县退役军人事务局"), List.of("县人武部")));
		assertThat(draft.items().get(0).text()).startsWith("开展国防教育进校园活动。");
	}
}
