package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScanTextTest {

	@Test
	void givesAnItemNumberBackTheStopOcrLost() {
		assertThat(ScanText.itemNumber("1努力实现")).isEqualTo("1.努力实现");
		assertThat(ScanText.itemNumber("12加强")).isEqualTo("12.加强");
		assertThat(ScanText.itemNumber("100做好")).isEqualTo("100.做好");
	}

	@Test
	void leavesNumbersThatCountSomethingAndNumbersWithTheirStop() {
		assertThat(ScanText.itemNumber("2023年")).isEqualTo("2023年");
		assertThat(ScanText.itemNumber("3项")).isEqualTo("3项");
		assertThat(ScanText.itemNumber("5个")).isEqualTo("5个");
		assertThat(ScanText.itemNumber("300余人")).isEqualTo("300余人");
		assertThat(ScanText.itemNumber("2.规模")).isEqualTo("2.规模");
		assertThat(ScanText.itemNumber("牵头单位")).isEqualTo("牵头单位");
	}

	@Test
	void aUnitIsUncertainWhereItOverlapsAWordReadWithLowConfidence() {
		ScanText.Ocr ocr = new ScanText.Ocr("牵头单位:区发改局\n", 1, 80, List.of(new int[] { 6, 8 }));

		assertThat(ocr.uncertain(5, 9)).isTrue();
		assertThat(ocr.uncertain(0, 4)).isFalse();
		assertThat(ocr.uncertain(8, 9)).isFalse();
	}
}
