package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Notices laid out the other ways offices write them, none of them the seed. */
class NoticeLayoutsTest {

	private final NoticeReader reader = new NoticeReader();

	private NoticeDraft read(String text) {
		return reader.read("notice.txt", text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsAssignmentsWrittenAsLabelLinesUnderEachItem() {
		NoticeDraft draft = read("""
				某县双拥工作领导小组办公室文件
				某拥办〔2021〕3号
				关于印发某县2021年双拥工作要点的通知
				各乡（镇）人民政府，县双拥工作领导小组各成员单位：
				现将《某县2021年双拥工作要点》印发给你们，请认真贯彻落实。
				某县2021年双拥工作要点
				一、加强国防教育
				1、开展国防教育进校园活动。
				牵头单位：县委宣传部
				责任单位：县教育体育局、县退役军人事务局
				完成时限：2021年9月底前
				2、组织走访慰问驻地部队官兵。
				牵头单位：县退役军人事务局，县人武部
				配合单位：各乡（镇）人民政府
				二、做好安置工作
				3、做好退役士兵安置，确保年底前全部安置到位。
				牵头单位：县退役军人事务局
				参加单位：县人力资源社会保障局
				""");

		assertThat(draft.documents()).singleElement().satisfies(d -> {
			assertThat(d.recipients()).containsExactly("各乡（镇）人民政府", "县双拥工作领导小组各成员单位");
			assertThat(d.kind()).isEqualTo(DocumentKind.ISSUE);
		});
		assertThat(draft.plan()).isEqualTo(new WorkPlanDraft("某县2021年双拥工作要点", 2021,
				List.of("一、加强国防教育", "二、做好安置工作")));
		assertThat(draft.items())
			.extracting(WorkItemDraft::no, WorkItemDraft::leads, WorkItemDraft::leadMode, WorkItemDraft::cooperators,
					WorkItemDraft::cooperatorRole, WorkItemDraft::timeNodes)
			.containsExactly(
					tuple("1", list("县委宣传部"), LeadMode.SINGLE, list("县教育体育局", "县退役军人事务局"),
							CooperatorRole.COOPERATE, list("2021年9月底前")),
					tuple("2", list("县退役军人事务局", "县人武部"), LeadMode.JOINT, list("各乡（镇）人民政府"),
							CooperatorRole.COOPERATE, list()),
					tuple("3", list("县退役军人事务局"), LeadMode.SINGLE, list("县人力资源社会保障局"),
							CooperatorRole.TAKE_PART, list("年底前")));
		assertThat(draft.items().get(0).text()).isEqualTo("开展国防教育进校园活动。完成时限：2021年9月底前");
	}

	@Test
	void readsAssignmentsWrittenAsSentences() {
		NoticeDraft draft = read("""
				2021年某市双拥工作安排
				（一）强化双拥宣传
				1. 利用报刊、电视开设双拥专栏，具体工作由市委宣传部负责，市融媒体中心配合。
				2. 举办军地联谊活动。市退役军人事务局牵头，市总工会、团市委配合。
				3. 由市教育局牵头组织开展军人子女入学优待政策落实情况检查。
				""");

		assertThat(draft.items())
			.extracting(WorkItemDraft::leads, WorkItemDraft::leadMode, WorkItemDraft::cooperators,
					WorkItemDraft::cooperatorRole)
			.containsExactly(
					tuple(list("市委宣传部"), LeadMode.SINGLE, list("市融媒体中心"), CooperatorRole.COOPERATE),
					tuple(list("市退役军人事务局"), LeadMode.SINGLE, list("市总工会", "团市委"), CooperatorRole.COOPERATE),
					tuple(list("市教育局"), LeadMode.SINGLE, list(), null));
		assertThat(draft.plan().sections()).containsExactly("（一）强化双拥宣传");
	}

	@Test
	void readsLabelsInsideTheClosingParenthesis() {
		NoticeDraft draft = read("""
				某州2021年双拥工作要点
				一、强化思想政治引领
				（一）组织开展国防教育。（责任单位：州委宣传部、军分区政治工作处）
				（二）走访慰问驻州部队。（牵头单位：州退役军人事务局；责任单位：州教育体育局、各县（市）人民政府）
				""");

		assertThat(draft.items())
			.extracting(WorkItemDraft::text, WorkItemDraft::leads, WorkItemDraft::leadMode, WorkItemDraft::cooperators)
			.containsExactly(tuple("组织开展国防教育。", list("州委宣传部", "军分区政治工作处"), LeadMode.JOINT, list()),
					tuple("走访慰问驻州部队。", list("州退役军人事务局"), LeadMode.SINGLE,
							list("州教育体育局", "各县（市）人民政府")));
	}

	@Test
	void takesNoCooperatorFromTheVerbPeiheInsideAnItem() {
		NoticeDraft draft = read("""
				2021年某市双拥工作安排
				一、支持部队建设
				1. 配合驻地部队开展应急演练，积极配合做好后勤保障。
				2. 配合军分区做好征兵工作。（市退役军人事务局牵头，市公安局配合）
				""");

		assertThat(draft.items().get(0).leads()).isEmpty();
		assertThat(draft.items().get(0).cooperators()).isEmpty();
		assertThat(draft.items().get(1).cooperators()).containsExactly("市公安局");
		assertThat(draft.items().get(1).text()).isEqualTo("配合军分区做好征兵工作。");
	}

	@Test
	void inventsNoUnitForItemsThatNameNone() {
		NoticeDraft draft = read("""
				2021年某县双拥工作要点
				一、营造浓厚氛围
				1. 广泛开展拥军优属活动，营造尊崇军人的良好氛围。
				2. 各地要认真负责，抓好落实。
				""");

		assertThat(draft.items()).hasSize(2).allSatisfy(item -> {
			assertThat(item.leads()).isEmpty();
			assertThat(item.leadMode()).isNull();
			assertThat(item.cooperators()).isEmpty();
			assertThat(item.cooperatorRole()).isNull();
		});
	}

	@Test
	void readsTraditionalCharactersAndKeepsUnitNamesAsWritten() {
		NoticeDraft draft = read("""
				雲南省某縣雙擁工作領導小組辦公室文件
				某擁辦〔2021〕5號
				關於印發2021年雙擁工作要點的通知
				各鄉鎮，縣直各單位：
				現將工作要點印發給你們，請認真貫徹落實。
				2021年雙擁工作要點
				一、宣傳教育
				1.開展國防教育活動。（縣委宣傳部牽頭，縣教育局、縣文化館等單位配合）
				2.組織走訪慰問軍屬。（縣退役軍人事務局、縣人武部分別牽頭，各鄉鎮參加）
				3.春節前夕走訪慰問烈屬。（縣民政局負責）
				""");

		DocumentHeader header = draft.documents().get(0);
		assertThat(header.issuer()).isEqualTo("雲南省某縣雙擁工作領導小組辦公室");
		assertThat(header.docNumber()).isEqualTo("某擁辦〔2021〕5号");
		assertThat(header.recipients()).containsExactly("各鄉鎮", "縣直各單位");
		assertThat(draft.plan().title()).isEqualTo("2021年雙擁工作要點");
		assertThat(draft.items())
			.extracting(WorkItemDraft::leads, WorkItemDraft::leadMode, WorkItemDraft::cooperators,
					WorkItemDraft::cooperatorRole, WorkItemDraft::timeNodes)
			.containsExactly(
					tuple(list("縣委宣傳部"), LeadMode.SINGLE, list("縣教育局", "縣文化館"), CooperatorRole.COOPERATE,
							list()),
					tuple(list("縣退役軍人事務局", "縣人武部"), LeadMode.EACH, list("各鄉鎮"), CooperatorRole.TAKE_PART,
							list()),
					tuple(list("縣民政局"), LeadMode.SINGLE, list(), null, list("春節前夕")));
	}

	@Test
	void readsItemsNumberedInParenthesesUnderChineseNumberedSections() {
		NoticeDraft draft = read("""
				某州2021年双拥工作要点
				一、加强组织领导
				（一）健全双拥工作机制，完善议事协调制度。（州双拥办牵头，各县市双拥办配合）
				（二）落实双拥工作责任。（州委组织部、州双拥办牵头，各县市配合）
				二、支持部队建设
				（三）协调解决部队实际困难。（州退役军人事务局牵头）
				""");

		assertThat(draft.plan().sections()).containsExactly("一、加强组织领导", "二、支持部队建设");
		assertThat(draft.items()).extracting(WorkItemDraft::no, WorkItemDraft::section, WorkItemDraft::leadMode)
			.containsExactly(tuple("一", "一、加强组织领导", LeadMode.SINGLE),
					tuple("二", "一、加强组织领导", LeadMode.JOINT), tuple("三", "二、支持部队建设", LeadMode.SINGLE));
	}

	@Test
	void joinsItemsBrokenOverLinesWithoutBlankLinesAsAPdfBreaksThem() {
		NoticeDraft draft = read("""
				某州2021年双拥工作要点
				一、加强组织领导
				1.落实双拥工作责任，将双拥工作纳入
				年度考核，各县市每年报送
				2次工作情况。（州委组织部、
				州双拥办分别牵头，各县
				市双拥办配合）
				2.健全工作机制。（州双拥办牵头）
				""");

		assertThat(draft.items()).hasSize(2);
		WorkItemDraft first = draft.items().get(0);
		assertThat(first.text()).isEqualTo("落实双拥工作责任，将双拥工作纳入年度考核，各县市每年报送2次工作情况。");
		assertThat(first.leads()).containsExactly("州委组织部", "州双拥办");
		assertThat(first.leadMode()).isEqualTo(LeadMode.EACH);
		assertThat(first.cooperators()).containsExactly("各县市双拥办");
	}

	@Test
	void readsFullWidthNumbersAndHalfWidthPunctuationAlike() {
		NoticeDraft draft = read("""
				某县2021年双拥工作要点
				一、宣传教育
				１．开展双拥宣传月活动。(县委宣传部牵头,县文明办、县融媒体中心配合)
				２、开展国防教育。（县教育局牵头：县人武部配合）
				""");

		assertThat(draft.items()).extracting(WorkItemDraft::no, WorkItemDraft::leads, WorkItemDraft::cooperators)
			.containsExactly(tuple("1", list("县委宣传部"), list("县文明办", "县融媒体中心")),
					tuple("2", list("县教育局"), list("县人武部")));
	}

	@Test
	void stripsLeftoverMarkupFromHeadingsAtUnevenLevels() {
		NoticeDraft draft = read("""
				# **2021年某县双拥工作要点**
				#### **一、宣传教育**
				1.开展双拥宣传。（县委宣传部牵头）
				## 二、支持部队
				2.开展走访慰问。（县退役军人事务局牵头）
				""");

		assertThat(draft.plan().title()).isEqualTo("2021年某县双拥工作要点");
		assertThat(draft.plan().sections()).containsExactly("一、宣传教育", "二、支持部队");
		assertThat(draft.items()).extracting(WorkItemDraft::section).containsExactly("一、宣传教育", "二、支持部队");
	}

	@Test
	void restartsItemNumbersInEachSectionWithoutMergingThem() {
		NoticeDraft draft = read("""
				某县2021年双拥工作要点
				一、宣传教育
				1.开展双拥宣传。（县委宣传部牵头）
				2.开展国防教育。（县教育局牵头）
				二、支持部队
				1.开展走访慰问。（县退役军人事务局牵头）
				""");

		assertThat(draft.items()).extracting(WorkItemDraft::no, WorkItemDraft::section)
			.containsExactly(tuple("1", "一、宣传教育"), tuple("2", "一、宣传教育"), tuple("1", "二、支持部队"));
	}

	@Test
	void linksAForwardToTheNumberItsBodyCites() {
		NoticeDraft draft = read("""
				某州双拥工作领导小组办公室文件
				某拥办通[2021]7号
				关于转发省双拥办2021年双拥工作要点的通知
				各县市双拥办：
				现将省双拥办《2021年双拥工作要点》（省拥办〔2021〕2号）转发给你们，请结合实际抓好落实。
				一、提高思想认识。各县市要高度重视。
				二、加强督促检查。
				""");

		DocumentHeader forward = draft.documents().get(0);
		assertThat(forward.docNumber()).isEqualTo("某拥办通〔2021〕7号");
		assertThat(forward.kind()).isEqualTo(DocumentKind.FORWARD);
		assertThat(forward.forwards()).isEqualTo("省拥办〔2021〕2号");
		assertThat(draft.forwardPoints()).containsExactly("一、提高思想认识", "二、加强督促检查");
		assertThat(draft.items()).isEmpty();
	}

	@Test
	void readsAPlanWrittenInTheBodyOfTheIssuingNotice() {
		NoticeDraft draft = read("""
				某市双拥办文件
				某拥办〔2022〕6号
				关于印发《2022年“八一”走访慰问工作安排》的通知
				各区双拥办：
				现将有关工作安排如下，请认真落实。
				一、走访慰问驻地部队。（市退役军人事务局牵头，各区双拥办配合）
				二、为军属悬挂光荣牌。（各区双拥办负责）
				""");

		assertThat(draft.plan().title()).isEqualTo("2022年“八一”走访慰问工作安排");
		assertThat(draft.plan().year()).isEqualTo(2022);
		assertThat(draft.plan().sections()).isEmpty();
		assertThat(draft.items()).extracting(WorkItemDraft::no, WorkItemDraft::leads)
			.containsExactly(tuple("一", list("市退役军人事务局")), tuple("二", list("各区双拥办")));
	}

	@Test
	void givesEachItemTheNearestHeadingAboveIt() {
		NoticeDraft draft = read("""
				某州2022年双拥工作要点
				一、加强组织领导
				（一）健全工作机制
				1.完善议事协调制度。（州双拥办牵头）
				（二）压实工作责任
				2.纳入年度考核。（州委组织部牵头）
				""");

		assertThat(draft.plan().sections()).containsExactly("一、加强组织领导", "（一）健全工作机制", "（二）压实工作责任");
		assertThat(draft.items()).extracting(WorkItemDraft::section)
			.containsExactly("（一）健全工作机制", "（二）压实工作责任");
	}

	@Test
	void endsTheLastItemBeforeTheSignatureAndTheIssuingDate() {
		NoticeDraft draft = read("""
				某县2022年双拥工作要点
				一、宣传教育
				1.开展双拥宣传，营造良好氛围。
				某县双拥工作领导小组办公室
				2022年3月1日
				抄送：县委办公室，县政府办公室。
				""");

		assertThat(draft.items()).singleElement()
			.satisfies(item -> assertThat(item.text()).isEqualTo("开展双拥宣传，营造良好氛围。"));
	}

	private static List<String> list(String... values) {
		return List.of(values);
	}
}
