package cn.shuangyong.pensions.rolls;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The roll's .xlsx: a titled sheet, one row per line with its note, and numeric totals that Excel can add up. */
class RollWorkbookTest {

	@Test
	void writesATitleEveryLineWithItsNoteAndTheTotals() throws Exception {
		RollLine backPay = new RollLine(1, 11, "532331********0012", "3级因公", new BigDecimal("6030.00"),
				new BigDecimal("547.50"), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), null);
		RollLine recovering = new RollLine(2, 12, "532331********0034", "烈士遗属", new BigDecimal("2000.00"),
				BigDecimal.ZERO.setScale(2), new BigDecimal("500.00"), new BigDecimal("1500.00"), "2020-10");
		PaymentRoll roll = new PaymentRoll(7, "532302", YearMonth.of(2020, 9), RollStatus.GENERATED,
				new RollTotals(new BigDecimal("8030.00"), new BigDecimal("547.50"), new BigDecimal("500.00"),
						new BigDecimal("8077.50"), 2), 3);
		byte[] file = RollWorkbook.of("禄丰市", roll, List.of(backPay, recovering), Map.of(
				1L, List.of(new SettledMonth(YearMonth.of(2020, 8), new BigDecimal("6030.00"), new BigDecimal("5482.50"),
						new BigDecimal("547.50"))),
				2L, List.of(new SettledMonth(YearMonth.of(2020, 7), BigDecimal.ZERO, new BigDecimal("2000.00"),
						new BigDecimal("-500.00")))));
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("禄丰市 2020年9月抚恤发放花名册");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("已生成，待审批").contains("2 人次");
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("532331********0012");
			assertThat(sheet.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(6577.50);
			assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo("补发 2020-08 547.50 元");
			assertThat(sheet.getRow(4).getCell(7).getStringCellValue())
				.isEqualTo("扣回 2020-07 500.00 元；尚欠扣回 1500.00 元；2020-10 尚无适用标准");
			assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(sheet.getRow(5).getCell(6).getNumericCellValue()).isEqualTo(8077.50);
		}
	}
}
