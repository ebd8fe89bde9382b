package cn.shuangyong.pensions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NewStandardTest {

	static final LocalDate ON = LocalDate.of(2023, 8, 1);

	@Test
	void aGoodStandardIsTakenWithNatureAndCategoryByCodeOrChineseName() {
		var standard = NewStandard.of("TOP_UP", ON, "2023年省增发", "云南省某文件，2023-07-01",
				List.of(new NewStandard.Disability(1, "因战", new BigDecimal("1200")),
						new NewStandard.Disability(6, "ILLNESS", new BigDecimal("600.50"))),
				List.of(new NewStandard.Category("烈士遗属", new BigDecimal("1000"))));
		assertThat(standard.layer()).isEqualTo(StandardLayer.TOP_UP);
		assertThat(standard.disability()).hasSize(2);
	}

	@Test
	void everyProblemIsNamedWithWhereItIs() {
		var refused = catchThrowableOfType(InvalidInputException.class, () -> NewStandard.of("NATIONAL", null, " ",
				"依据", List.of(new NewStandard.Disability(11, "IN_BATTLE", BigDecimal.TEN),
						new NewStandard.Disability(7, "ILLNESS", BigDecimal.TEN),
						new NewStandard.Disability(2, "因伤", BigDecimal.TEN),
						new NewStandard.Disability(3, "ON_DUTY", new BigDecimal("-5")),
						new NewStandard.Disability(4, "ON_DUTY", new BigDecimal("1.005")),
						new NewStandard.Disability(4, "因公", BigDecimal.TEN)),
				List.of(new NewStandard.Category("三红", BigDecimal.ONE))));
		assertThat(refused.problems()).anyMatch(p -> p.contains("执行日期"))
			.anyMatch(p -> p.contains("标准名称"))
			.anyMatch(p -> p.startsWith("残疾抚恤金第 1 行") && p.contains("1 至 10 级") && p.contains("11"))
			.anyMatch(p -> p.startsWith("残疾抚恤金第 2 行") && p.contains("因病致残只评定一至六级"))
			.anyMatch(p -> p.startsWith("残疾抚恤金第 3 行") && p.contains("因伤") && p.contains("IN_BATTLE"))
			.anyMatch(p -> p.startsWith("残疾抚恤金第 4 行") && p.contains("大于 0"))
			.anyMatch(p -> p.startsWith("残疾抚恤金第 5 行") && p.contains("两位小数"))
			.anyMatch(p -> p.startsWith("残疾抚恤金第 6 行") && p.contains("4 级因公重复"))
			.anyMatch(p -> p.startsWith("定期抚恤补助第 1 行") && p.contains("三红"));
	}

	@Test
	void aStandardWithoutAnyAmountOrWithAnUnknownLayerIsRefused() {
		var empty = catchThrowableOfType(InvalidInputException.class,
				() -> NewStandard.of(null, ON, "标准", "依据", List.of(), null));
		assertThat(empty.problems()).contains("标准中至少应有一项金额");
		var layer = catchThrowableOfType(InvalidInputException.class, () -> NewStandard.of("COUNTY", ON, "标准", "依据",
				List.of(new NewStandard.Disability(1, "IN_BATTLE", BigDecimal.TEN)), List.of()));
		assertThat(layer.problems()).singleElement().asString().contains("COUNTY").contains("TOP_UP");
	}
}
