package cn.shuangyong.privacy;

import static cn.shuangyong.privacy.IdNumbers.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per rule of GB 11643-1999 as the registry applies it. */
class IdNumberTest {

	private static IdNumberResult parse(String text) {
		return IdNumber.parse(text, TODAY);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "11010519491231002X", "110101199003074514", "320102200002290080", "510107198506151719",
			"440304199001011233" })
	void acceptsTheWorkedExamplesOfTheSecurityRequirements(String number) {
		IdNumberResult result = parse(number);

		assertThat(result.problems()).isEmpty();
		assertThat(result.idNumber().value()).isEqualTo(number);
	}

	@Test
	void rejectsAWrongCheckCharacterNamingTheRightOne() {
		assertThat(parse("110101199003074515").problems()).containsExactly("第 18 位校验码应为 4，实际为 5");
		assertThat(parse("110105194912310025").problems()).containsExactly("第 18 位校验码应为 X，实际为 5");
	}

	@Test
	void rejectsABirthDateThatDoesNotExist() {
		// 1900 is not a leap year; the check character of this number is right
		assertThat(parse("320102190002290084").problems()).containsExactly("出生日期 19000229 不是有效日期");
		assertThat(parse(IdNumbers.withCheck("53010219990231123")).problems())
			.containsExactly("出生日期 19990231 不是有效日期");
		assertThat(parse(IdNumbers.withCheck("53010219991301123")).problems())
			.containsExactly("出生日期 19991301 不是有效日期");
	}

	@Test
	void acceptsTheLeapDayOfALeapYear() {
		assertThat(parse("320102200002290080").idNumber().birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
	}

	@Test
	void rejectsABirthDateInTheFuture() {
		assertThat(parse("110101209912310015").problems()).containsExactly("出生日期 20991231 在未来（今天是 2025-06-01）");
		assertThat(parse(IdNumbers.withCheck("53010220250602123")).problems()).singleElement()
			.asString().contains("在未来");
	}

	@Test
	void acceptsABabyBornToday() {
		assertThat(parse(IdNumbers.withCheck("53010220250601124")).isValid()).isTrue();
	}

	@Test
	void judgesTheFutureByTheDateItIsGiven() {
		String number = "110101209912310015";

		assertThat(IdNumber.parse(number, LocalDate.of(2099, 12, 30)).isValid()).isFalse();
		assertThat(IdNumber.parse(number, LocalDate.of(2099, 12, 31)).isValid()).isTrue();
	}

	@Test
	void rejectsABirthDateBefore1890() {
		// the standard's own second example, born 1880: its check character is right
		assertThat(parse("440524188001010014").problems()).containsExactly("出生日期 18800101 早于 1890 年，不合常理");
		assertThat(parse(IdNumbers.withCheck("53010218891231123")).isValid()).isFalse();
		assertThat(parse(IdNumbers.withCheck("53010218900101123")).isValid()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "00", "10", "16", "20", "24", "30", "38", "40", "47", "55", "60", "66", "70", "72", "80",
			"84", "99" })
	void rejectsAFirstTwoDigitsThatAreNoProvince(String province) {
		assertThat(parse(IdNumbers.withCheck(province + "010219850615123")).problems())
			.containsExactly("前两位 " + province + " 不是有效的省级行政区划代码");
	}

	@Test
	void explainsThatANumberStartingWith9IsAForeignersCard() {
		assertThat(parse(IdNumbers.withCheck("95310219850615123")).problems()).singleElement()
			.asString().startsWith("前两位 95 不是有效的省级行政区划代码").contains("外国人永久居留身份证");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65", "71", "81", "82", "83" })
	void acceptsEveryProvinceOfGbT2260AndTheResidencePermits(String province) {
		assertThat(parse(IdNumbers.withCheck(province + "010219850615123")).isValid()).isTrue();
	}

	@Test
	void rejectsAWrongLengthSayingHowLongItIs() {
		assertThat(parse("11010519491231002").problems()).containsExactly("身份证号应为 18 位，实际为 17 位");
		assertThat(parse("1101051949123100251").problems()).containsExactly("身份证号应为 18 位，实际为 19 位");
	}

	@Test
	void rejectsALetterInTheMiddleNamingItAndItsPlace() {
		assertThat(parse("530102Z98506151237").problems()).containsExactly("含有非法字符“Z”（第 7 位）");
	}

	@Test
	void rejectsAnXAnywhereButTheEnd() {
		assertThat(parse("5301021985061512X3").problems()).containsExactly("第 17 位应为数字，实际为“X”（X 只能是第 18 位校验码）");
	}

	@Test
	void namesEachIllegalCharacterTogetherWithTheLength() {
		assertThat(parse("5301-02-1985").problems()).containsExactly("身份证号应为 18 位，实际为 12 位", "含有非法字符“-”（第 5 位）",
				"含有非法字符“-”（第 8 位）");
	}

	@Test
	void countsIllegalCharactersBeyondTheFirstThree() {
		assertThat(parse("张三李四王五赵六钱七孙八周九吴十郑一").problems()).contains("另有 15 个非法字符").hasSize(4);
	}

	@Test
	void reportsEveryBrokenRuleOfAWellFormedNumberAtOnce() {
		assertThat(parse("990102199902300000").problems()).containsExactly("前两位 99 不是有效的省级行政区划代码",
				"出生日期 19990230 不是有效日期", "第 18 位校验码应为 1，实际为 0");
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", " ", "\u3000", "\t" })
	void rejectsAnEmptyNumber(String text) {
		assertThat(parse(text).problems()).containsExactly("身份证号为空");
		assertThat(parse(null).problems()).containsExactly("身份证号为空");
	}

	@Test
	void readsTheBirthDateTheSexAndTheAddressCode() {
		IdNumber man = parse(IdNumbers.KUNMING_MAN).idNumber();
		IdNumber woman = parse(IdNumbers.STANDARD_EXAMPLE).idNumber();

		assertThat(man.birthDate()).isEqualTo(LocalDate.of(1985, 6, 15));
		assertThat(man.sex()).isEqualTo(Sex.MALE);
		assertThat(man.sex().label()).isEqualTo("男");
		assertThat(man.addressCode()).isEqualTo("530102");
		assertThat(woman.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(woman.sex()).isEqualTo(Sex.FEMALE);
	}

	@Test
	void masksItselfWhenPrintedAndGivesTheNumberOnlyWhenAsked() {
		IdNumber id = new IdNumber("110101199003074514");

		assertThat(id).hasToString("110101********4514");
		assertThat(String.valueOf(parse("110101199003074514"))).doesNotContain("19900307");
		assertThat(id.value()).isEqualTo("110101199003074514");
	}

	@Test
	void equalsTheSameNumberHoweverItWasTyped() {
		assertThat(parse("１１０１０５１９４９１２３１００２ｘ").idNumber()).isEqualTo(new IdNumber("11010519491231002X"));
	}

	@Test
	void constructorRefusesANumberThatBreaksARule() {
		assertThatThrownBy(() -> new IdNumber("110101199003074515")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("校验码");
		assertThatThrownBy(() -> new IdNumber(null)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void constructorTakesOnlyTheNormalisedForm() {
		assertThatThrownBy(() -> new IdNumber("11010519491231002x")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new IdNumber(" 110101199003074514")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void orElseThrowCarriesEveryProblem() {
		assertThatThrownBy(() -> parse("990102199902300000").orElseThrow()).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(3));
		assertThat(parse(IdNumbers.KUNMING_MAN).orElseThrow().value()).isEqualTo(IdNumbers.KUNMING_MAN);
	}

	@Test
	void warnsOfAYunnanAddressCodeThatIsNotACurrentCounty() {
		IdNumberResult result = parse(IdNumbers.withCheck("53210119600101123"));

		assertThat(result.isValid()).isTrue();
		assertThat(result.warnings()).containsExactly("地址码 532101 不是云南省现行的县级行政区划代码（可能是撤并前的旧代码），请核对");
	}

	@Test
	void doesNotWarnOfACurrentYunnanCounty() {
		assertThat(parse(IdNumbers.KUNMING_MAN).warnings()).isEmpty();
		assertThat(parse(IdNumbers.withCheck("53230119600101123")).warnings()).isEmpty();
	}

	@Test
	void holdsNoCountyListForOtherProvinces() {
		assertThat(parse(IdNumbers.withCheck("11999919600101123")).warnings()).isEmpty();
	}

	@Test
	void convertsAFifteenDigitNumberOnlyWhenAskedAndWarnsToCheckIt() {
		IdNumberResult result = IdNumber.fromLegacy("110101900307451", TODAY);

		assertThat(result.idNumber().value()).isEqualTo("110101199003074514");
		assertThat(result.warnings()).containsExactly("由 15 位旧身份证号转换而来，请与本人现持身份证核对");
		assertThat(IdNumber.fromLegacy("11010190030745", TODAY).problems()).containsExactly("15 位旧身份证号应为 15 位数字");
		assertThat(IdNumber.fromLegacy("110101900231451", TODAY).problems()).containsExactly("出生日期 19900231 不是有效日期");
	}
}
