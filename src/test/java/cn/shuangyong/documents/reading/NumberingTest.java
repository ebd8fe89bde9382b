package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberingTest {

	@Test
	void readsTheFourLevelsOfOfficialNumbering() {
		assertThat(Numbering.of("十二、加强组织领导")).isEqualTo(new Numbering.NumberedLine(Numbering.CHINESE, "十二", 12, 3));
		assertThat(Numbering.of("（三）健全机制").level()).isEqualTo(Numbering.CHINESE_IN_PARENTHESES);
		assertThat(Numbering.of("12. 开展活动").value()).isEqualTo(12);
		assertThat(Numbering.of("7、开展活动").level()).isEqualTo(Numbering.ARABIC);
		assertThat(Numbering.of("（2）开展活动").level()).isEqualTo(Numbering.ARABIC_IN_PARENTHESES);
	}

	@Test
	void takesNoDecimalOrPlainNumberForNumbering() {
		assertThat(Numbering.of("3.5亿元用于优抚")).isNull();
		assertThat(Numbering.of("1篇（部），集中反映")).isNull();
		assertThat(Numbering.of("2020年，全省双拥工作")).isNull();
	}

	@Test
	void readsChineseNumeralsUpToNinetyNine() {
		assertThat(Numbering.numberValue("九")).isEqualTo(9);
		assertThat(Numbering.numberValue("十")).isEqualTo(10);
		assertThat(Numbering.numberValue("二十")).isEqualTo(20);
		assertThat(Numbering.numberValue("三十四")).isEqualTo(34);
	}
}
