package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitPhrasesTest {

	@Test
	void splitsUnitsOnTheEnumerationComma() {
		assertThat(UnitPhrases.split("省委宣传部、省教育厅、省文化和旅游厅"))
			.containsExactly("省委宣传部", "省教育厅", "省文化和旅游厅");
	}

	@Test
	void splitsUnitsOnCommasOfEitherWidthBetweenThem() {
		assertThat(UnitPhrases.split("县委宣传部，县文明办,县融媒体中心")).containsExactly("县委宣传部", "县文明办", "县融媒体中心");
	}

	@Test
	void neverSplitsOnHeOrJiInsideAPhrase() {
		assertThat(UnitPhrases.split("省及州市双拥工作领导小组成员单位、省文化和旅游厅"))
			.containsExactly("省及州市双拥工作领导小组成员单位", "省文化和旅游厅");
	}

	@Test
	void neverSplitsInsideParentheses() {
		assertThat(UnitPhrases.split("各县（市、区）双拥办、州(市)")).containsExactly("各县（市、区）双拥办", "州(市)");
	}

	@Test
	void dropsATrailingDengGroupPhrase() {
		assertThat(UnitPhrases.split("省退役军人厅、省军区政治工作局等相关部门")).containsExactly("省退役军人厅", "省军区政治工作局");
		assertThat(UnitPhrases.split("省退役军人厅、等军地相关部门")).containsExactly("省退役军人厅");
		assertThat(UnitPhrases.split("县教育局、县文化館等單位")).containsExactly("县教育局", "县文化館");
	}

	@Test
	void keepsGroupPhrasesWithoutDengAsWritten() {
		assertThat(UnitPhrases.split("军地有关部门")).containsExactly("军地有关部门");
	}

	@Test
	void keepsDengThatBelongsToAWord() {
		assertThat(UnitPhrases.split("省高等教育学会")).containsExactly("省高等教育学会");
		assertThat(UnitPhrases.split("某中等职业学校")).containsExactly("某中等职业学校");
	}
}
