package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankFileTest {

	private static final YearMonth SEPTEMBER = YearMonth.of(2020, 9);

	@Test
	void writesOneRowPerPaymentAndAControlLineWithTheCountAndTheTotal() {
		byte[] file = BankFile.csv(BankFile.layout("SEQ,NAME,ACCOUNT,AMOUNT,MONTH,MEMO"), SEPTEMBER, List.of(
				new BankFile.Payment("张三", "6222020200112233445", "532331********1234", new BigDecimal("6577.50"),
						"抚恤补助 2020-09 3级因公"),
				new BankFile.Payment("李四", "6217000000000000001", "532331********5678", new BigDecimal("2331.67"),
						"抚恤补助 2020-09 烈士遗属")),
				false);
		assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("""
				序号,户名,银行账号,金额（元）,发放月份,摘要\r
				1,张三,6222020200112233445,6577.50,2020-09,抚恤补助 2020-09 3级因公\r
				2,李四,6217000000000000001,2331.67,2020-09,抚恤补助 2020-09 烈士遗属\r
				合计,共 2 笔,,8909.17,,\r
				""");
	}

	@Test
	void followsTheConfiguredColumnsAndStartsWithAByteOrderMarkWhenAsked() {
		byte[] file = BankFile.csv(BankFile.layout(" account , amount, name "), SEPTEMBER,
				List.of(new BankFile.Payment("王五", "6222", "m", new BigDecimal("10.00"), "x")), true);
		assertThat(file[0]).isEqualTo((byte) 0xEF);
		assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)).isEqualTo("""
				银行账号,金额（元）,户名\r
				6222,10.00,王五\r
				合计,10.00,共 1 笔\r
				""");
	}

	@Test
	void refusesALayoutWithAnUnknownOrRepeatedColumnOrWithoutNameAccountAndAmount() {
		assertThatThrownBy(() -> BankFile.layout("NAME,ACCOUNT,AMOUNT,BRANCH")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("BRANCH");
		assertThatThrownBy(() -> BankFile.layout("NAME,ACCOUNT,AMOUNT,NAME")).hasMessageContaining("重复");
		assertThatThrownBy(() -> BankFile.layout("NAME,AMOUNT")).hasMessageContaining("银行账号");
	}

	@Test
	void quotesCommasAndQuotesAndDisarmsWhatASpreadsheetWouldRunAsAFormula() {
		assertThat(BankFile.cell("张,三")).isEqualTo("\"张,三\"");
		assertThat(BankFile.cell("a\"b")).isEqualTo("\"a\"\"b\"");
		assertThat(BankFile.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
		assertThat(BankFile.cell("-12.50")).isEqualTo("-12.50");
	}
}
