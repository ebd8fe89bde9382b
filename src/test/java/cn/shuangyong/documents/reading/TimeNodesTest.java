package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeNodesTest {

	@Test
	void findsTheDaysOfShuangyongWorkAsWritten() {
		assertThat(TimeNodes.find("八一、春节进行走访慰问，清明节前组织祭扫，烈士纪念日举行公祭"))
			.containsExactly("八一", "春节", "清明节前", "烈士纪念日");
	}

	@Test
	void keepsTheQuotesAndQianxiOfAQuotedDay() {
		assertThat(TimeNodes.find("全国双拥模范城(县)要在“八一”前夕，组织招聘会")).containsExactly("“八一”前夕");
	}

	@Test
	void findsDeadlinesByMonthYearEndAndQuarter() {
		assertThat(TimeNodes.find("6月底前完成摸底，2021年10月1日前报送，年底前全部到位，第三季度开展督查"))
			.containsExactly("6月底前", "2021年10月1日前", "年底前", "第三季度");
	}

	@Test
	void keepsTheYearOfAYearEnd() {
		assertThat(TimeNodes.find("确保2021年底前实现全覆盖，今年上半年完成摸底")).containsExactly("2021年底前", "今年上半年");
	}

	@Test
	void takesNoOccasionOrVagueWordForATimeNode() {
		assertThat(TimeNodes.find("利用重大节日、纪念日，完成年度任务，适时组织慰问，定期通报，争取第27年率先完成，政治清明"))
			.isEmpty();
	}

	@Test
	void findsTraditionalSpellings() {
		assertThat(TimeNodes.find("春節前夕走訪慰問")).containsExactly("春節前夕");
	}

	@Test
	void listsARepeatedNodeOnce() {
		assertThat(TimeNodes.find("八一前夕慰问部队，八一前夕悬挂光荣牌")).containsExactly("八一前夕");
	}
}
