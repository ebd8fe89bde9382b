package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Assignments as real notices write them: labels run together, sentences, brackets, 及 between two units. */
class AssignmentFormsTest {

	@Test
	void aUnitStopsAtTheNextLabelEvenWithoutASeparator() {
		WorkItemDraft item = only("1.落实优待政策。牵头单位：县退役军人事务局配合单位：县财政局、县医保局完成时限：6月底前");

		assertThat(item.leads()).containsExactly("县退役军人事务局");
		assertThat(item.cooperators()).containsExactly("县财政局", "县医保局");
		assertThat(item.text()).contains("完成时限：6月底前");
	}

	@Test
	void aQualifiedLabelIsCutWholeFromTheUnitBeforeIt() {
		WorkItemDraft item = only("""
				1. 地区生产总值增长8%以上。
				牵头负责领导：某副市长。
				牵头责任单位：市发展改革委。
				协同责任单位：市经信局、市商务局。
				""");

		assertThat(item.leads()).containsExactly("市发展改革委");
		assertThat(item.cooperators()).containsExactly("市经信局", "市商务局");
		assertThat(item.text()).contains("牵头负责领导：某副市长");
	}

	@Test
	void undertakingAndAssistingUnitsCooperateAndResponsibleAloneLeads() {
		WorkItemDraft undertaking = only("1.开展慰问活动。责任部门：县民政局；承办单位：各乡镇。");
		WorkItemDraft alone = only("1.开展慰问活动。（责任单位：县民政局、县总工会）");

		assertThat(undertaking.leads()).containsExactly("县民政局");
		assertThat(undertaking.cooperators()).containsExactly("各乡镇");
		assertThat(alone.leads()).containsExactly("县民政局", "县总工会");
	}

	@Test
	void unitsThatAnswerForTheirPartBesideANamedLeadCooperate() {
		WorkItemDraft item = only("1.推进审批改革。（市政府办公室牵头，市级各有关部门及各县市区政府按职责分工负责）");

		assertThat(item.leads()).containsExactly("市政府办公室");
		assertThat(item.cooperators()).containsExactly("市级各有关部门", "各县市区政府");
	}

	@Test
	void 及NeverSplitsALevelFromItsUnits() {
		assertThat(UnitPhrases.split("省及县市有关部门")).containsExactly("省及县市有关部门");
		assertThat(UnitPhrases.split("市财政局及各县区财政局")).containsExactly("市财政局", "各县区财政局");
	}

	@Test
	void anAssignmentInTortoiseShellBracketsStopsAtItsSentence() {
		WorkItemDraft item = only("（一）加强市场体系建设。推进高标准市场体系建设。〔责任单位：省发展改革委、省市场监管局按职责分工负责。"
				+ "具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕");

		assertThat(item.leads()).containsExactly("省发展改革委", "省市场监管局");
		assertThat(item.cooperators()).isEmpty();
	}

	@Test
	void anAssignmentStandingAfterAnItemsPointsAssignsTheItem() {
		List<WorkItemDraft> items = new NoticeReader().readText("""
				（一）预案建设
				1.完善应急预案体系
				（1）加强应急预案管理。
				（2）加强应急预案演练。
				（责任单位：市应急局、各县（市、区）人民政府）
				2.健全应急管理机制
				（1）推进应急管理办事机构建设。
				（2）完善应急值守制度。
				（责任单位：市应急局）
				""").items();

		assertThat(items).extracting(WorkItemDraft::no).containsExactly("1", "2");
		assertThat(items.get(0).leads()).containsExactly("市应急局", "各县（市、区）人民政府");
		assertThat(items.get(0).text()).contains("（2）加强应急预案演练。");
	}

	@Test
	void levelsStandingAloneBeforeTheEnumerationCommaShareTheNameAfterThem() {
		assertThat(UnitPhrases.split("市商务局、各县、市、区政府")).containsExactly("市商务局", "各县、市、区政府");
		assertThat(UnitPhrases.split("州、县民政部门，市财政局")).containsExactly("州、县民政部门", "市财政局");
	}

	@Test
	void aHeadingThatNamesALeadAssignsTheItemsUnderItThatNameNone() {
		List<WorkItemDraft> items = new NoticeReader().readText("""
				2025年工作任务清单
				一、县农业农村局牵头工作（2项）
				1.建设育苗基地。
				2.推广节水灌溉。（县水务局负责）
				二、县交通运输局、县住建局牵头
				1.改造农村公路。
				""").items();

		assertThat(items).extracting(WorkItemDraft::leads)
			.containsExactly(List.of("县农业农村局"), List.of("县水务局"), List.of("县交通运输局", "县住建局"));
	}

	@Test
	void aUnitCutOffByTheEndOfTheTextIsNotReported() {
		List<WorkItemDraft> items = new NoticeReader().readText("""
				工作方案
				1.推进绿色转型。（牵头单位：市生态环境局；参与单位：市发展改革委）
				2.建成一批示范项目。（牵头单位：市发
				""").items();

		assertThat(items.get(0).leads()).containsExactly("市生态环境局");
		assertThat(items.get(1).leads()).isEmpty();
	}

	@Test
	void aNumberedAttachmentListIsNotThePlansTitle() {
		List<WorkItemDraft> items = new NoticeReader().readText("""
				各乡镇人民政府，县直各有关单位：
				现将有关任务清单印发给你们，请认真抓好落实。
				附件：1.2025年重点工作任务清单
				2.2025年民生实事任务清单
				某县人民政府办公室
				2025年5月18日
				附件1
				2025年重点工作任务清单
				一、县文旅局牵头工作（1项）
				1.举办文化旅游节。
				""").items();

		assertThat(items).extracting(WorkItemDraft::no).containsExactly("1");
		assertThat(items.get(0).leads()).containsExactly("县文旅局");
	}

	@Test
	void whereTheNoticeSaysTheFirstListedLeadsTheOthersCooperate() {
		List<WorkItemDraft> items = new NoticeReader().readText("""
				工作方案
				1.扩大就业。（市人社局、市财政局、市商务局等负责，列第一位者为牵头单位，下同）
				2.扶持创业。（市财政局、市人社局分别负责）
				""").items();

		assertThat(items.get(0).leads()).containsExactly("市人社局");
		assertThat(items.get(0).cooperators()).containsExactly("市财政局", "市商务局");
		assertThat(items.get(1).leads()).containsExactly("市财政局", "市人社局");
	}

	@Test
	void anOfficeNamedWithoutItsOwnerIsNoUnit() {
		WorkItemDraft item = only("一、压实责任。各单位要明确专门责任部门，由办公室负责抓好综合协调工作。");

		assertThat(item.leads()).isEmpty();
	}

	@Test
	void eachItemSaysHowItsUnitsWereFoundAndMarksTheItemsWithNone() {
		List<WorkItemDraft> items = new NoticeReader().readText("""
				工作方案
				一、县民政局牵头工作
				1.开展慰问。（县退役军人事务局牵头，县财政局配合）
				2.落实优待。牵头单位：县医保局
				3.宣传政策。具体工作由县委宣传部负责，县融媒体中心配合。
				4.建立台账。
				""").items();

		assertThat(items).extracting(WorkItemDraft::foundBy).containsExactly(WorkItemDraft.Source.PARENTHESIS,
				WorkItemDraft.Source.LABEL, WorkItemDraft.Source.SENTENCE, WorkItemDraft.Source.SECTION_HEADING);
		assertThat(new NoticeReader().readText("工作方案\n1.建立台账。\n2.开展培训。").items())
			.extracting(WorkItemDraft::foundBy).containsOnly(WorkItemDraft.Source.NONE);
	}

	private static WorkItemDraft only(String text) {
		List<WorkItemDraft> items = new NoticeReader().readText(text).items();
		assertThat(items).hasSize(1);
		return items.get(0);
	}
}
