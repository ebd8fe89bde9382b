package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AssignmentClauseTest {

	@Test
	void readsOneLeadAndItsCooperators() {
		assertThat(AssignmentClause.read("省委宣传部牵头，省退役军人厅、省军区政治工作局等相关部门配合")).isEqualTo(
				new Assignment(List.of("省委宣传部"), LeadMode.SINGLE, List.of("省退役军人厅", "省军区政治工作局"),
						CooperatorRole.COOPERATE));
	}

	@Test
	void readsSeveralUnitsBeforeOneQiantouAsAJointLead() {
		Assignment a = AssignmentClause.read("甲局、乙局牵头，丙局配合");

		assertThat(a.leads()).containsExactly("甲局", "乙局");
		assertThat(a.leadMode()).isEqualTo(LeadMode.JOINT);
	}

	@Test
	void readsFenbieQiantouAsEachLeadingItsOwnLine() {
		Assignment a = AssignmentClause.read("甲局、乙局分别牵头，丙局配合");

		assertThat(a.leads()).containsExactly("甲局", "乙局");
		assertThat(a.leadMode()).isEqualTo(LeadMode.EACH);
	}

	@Test
	void readsAnDutiesDivisionAsEachLeadingItsOwnPart() {
		Assignment a = AssignmentClause.read("州退役军人事务局、州财政局按职责分工负责");

		assertThat(a.leads()).containsExactly("州退役军人事务局", "州财政局");
		assertThat(a.leadMode()).isEqualTo(LeadMode.EACH);
	}

	@Test
	void readsCanjiaAsTakingPart() {
		assertThat(AssignmentClause.read("甲厅牵头，军地有关单位参加").cooperatorRole()).isEqualTo(CooperatorRole.TAKE_PART);
	}

	@Test
	void readsARoleWordWithAdverbsAroundIt() {
		Assignment a = AssignmentClause.read("甲厅牵头，省直各部门、州(市)具体配合落实");

		assertThat(a.cooperators()).containsExactly("省直各部门", "州(市)");
		assertThat(a.cooperatorRole()).isEqualTo(CooperatorRole.COOPERATE);
	}

	@Test
	void readsQiantouFuzeAsALeadWithNoCooperators() {
		Assignment a = AssignmentClause.read("各级双拥工作领导小组牵头负责");

		assertThat(a.leads()).containsExactly("各级双拥工作领导小组");
		assertThat(a.leadMode()).isEqualTo(LeadMode.SINGLE);
		assertThat(a.cooperators()).isEmpty();
		assertThat(a.cooperatorRole()).isNull();
	}

	@Test
	void readsTraditionalStructuralWords() {
		Assignment a = AssignmentClause.read("甲廳、乙局分別牽頭，丙處參加");

		assertThat(a).isEqualTo(new Assignment(List.of("甲廳", "乙局"), LeadMode.EACH, List.of("丙處"),
				CooperatorRole.TAKE_PART));
	}

	@Test
	void readsLabelsInsideTheClause() {
		Assignment a = AssignmentClause.read("牵头单位：甲局；配合单位：乙局、丙局");

		assertThat(a).isEqualTo(new Assignment(List.of("甲局"), LeadMode.SINGLE, List.of("乙局", "丙局"),
				CooperatorRole.COOPERATE));
	}

	@Test
	void readsResponsibleUnitsAsLeadsWhenNoLeadIsLabelled() {
		Assignment a = AssignmentClause.read("责任单位：甲局、乙局");

		assertThat(a.leads()).containsExactly("甲局", "乙局");
		assertThat(a.cooperators()).isEmpty();
	}

	@Test
	void findsNothingInAClauseWithoutUnitsInARole() {
		assertThat(AssignmentClause.read("具体方案另行通知").isEmpty()).isTrue();
	}
}
