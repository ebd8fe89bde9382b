package cn.shuangyong.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

	@Test
	void idNumberKeepsTheCountyAndTheLastFourButNeverTheBirthDate() {
		assertThat(Masking.idNumber("530102198506151234")).isEqualTo("530102********1234");
		assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
	}

	@Test
	void idNumberOfAnotherLengthStillHidesTheMiddle() {
		assertThat(Masking.idNumber("110101900307451")).isEqualTo("110101*****7451");
		assertThat(Masking.idNumber("1234567890")).isEqualTo("**********");
	}

	@Test
	void mobileKeepsTheFirstThreeAndTheLastFourDigits() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void landlineKeepsItsAreaCodeAndTheLastFourDigits() {
		assertThat(Masking.phone("0871-12345678")).isEqualTo("0871-****5678");
		assertThat(Masking.phone("010-1234567")).isEqualTo("010-***4567");
	}

	@Test
	void anyOtherPhoneTextKeepsOnlyItsLastFour() {
		assertThat(Masking.phone("12345678")).isEqualTo("****5678");
		assertThat(Masking.phone("123")).isEqualTo("***");
	}

	@Test
	void bankAccountKeepsOnlyTheLastFourDigits() {
		assertThat(Masking.bankAccount("6222021234567891234")).isEqualTo("***************1234");
		assertThat(Masking.bankAccount("6222 0212 3456 7890")).isEqualTo("************7890");
		assertThat(Masking.bankAccount("1234")).isEqualTo("****");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "云南省昆明市五华区华山街道翠湖南路1号, 云南省昆明市五华区华山街道****",
			"昆明市五华区华山街道翠湖南路1号, 昆明市五华区华山街道****",
			"云南省昭通市镇雄县乌峰街道南台社区12号, 云南省昭通市镇雄县乌峰街道****",
			"普洱市镇沅彝族哈尼族拉祜族自治县恩乐镇者东村, 普洱市镇沅彝族哈尼族拉祜族自治县恩乐镇****",
			"楚雄彝族自治州楚雄市鹿城镇北浦路5号, 楚雄彝族自治州楚雄市鹿城镇****",
			"云南省迪庆藏族自治州德钦县奔子栏镇书松村, 云南省迪庆藏族自治州德钦县奔子栏镇****",
			"大理州宾川县拉乌乡拉乌村委会, 大理州宾川县拉乌乡****",
			"广西壮族自治区南宁市青秀区新竹街道民族大道1号, 广西壮族自治区南宁市青秀区新竹街道****",
			"云南省昆明市盘龙区白塔路301号, 云南省昆明市盘龙区****",
			"云南省昆明市阳光小区5栋, 云南省昆明市****" })
	void addressKeepsTheRegionDownToTheTownship(String address, String masked) {
		assertThat(Masking.address(address)).isEqualTo(masked);
	}

	@Test
	void addressWithoutARecognisableRegionKeepsAtMostHalfOfItsFirstCharacters() {
		assertThat(Masking.address("翠湖南路1号")).isEqualTo("翠湖南****");
		assertThat(Masking.address("某某小区二栋三单元五零一室")).isEqualTo("某某小区二栋****");
	}

	@Test
	void addressHidesHowMuchWasCut() {
		assertThat(Masking.address("昆明市五华区华山街道翠湖南路1号"))
			.isEqualTo(Masking.address("昆明市五华区华山街道翠湖南路1号院3栋2单元501室"));
	}

	@Test
	void nullMasksToEmptyText() {
		assertThat(Masking.idNumber(null)).isEmpty();
		assertThat(Masking.phone(null)).isEmpty();
		assertThat(Masking.bankAccount(null)).isEmpty();
		assertThat(Masking.address(null)).isEmpty();
	}

	@Test
	void countsRareCharactersAsOneEach() {
		assertThat(Masking.keep("𠮷𠮷𠮷𠮷𠮷", 1, 1)).isEqualTo("𠮷***𠮷");
	}
}
