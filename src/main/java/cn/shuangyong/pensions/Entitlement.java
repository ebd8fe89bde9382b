package cn.shuangyong.pensions;

import java.math.BigDecimal;
import java.util.Optional;

import cn.shuangyong.shared.InvalidInputException;

/**
 * What a person is paid for: a disability of a grade and nature, or a category (per year served for 农村籍老义务兵).
 * The amount comes from the standards in force on the day.
 */
public record Entitlement(Integer grade, DisabilityNature nature, PensionCategory category, int yearsServed) {

	public Entitlement {
		if (category == null) {
			if (grade == null || nature == null) {
				throw new InvalidInputException("残疾抚恤须有残疾等级和残疾性质");
			}
			if (!nature.carriesGrade(grade)) {
				throw new InvalidInputException(nature.chinese() + "致残没有 " + grade + " 级的抚恤金（" + nature.chinese()
						+ "为 1 至 " + nature.lowestGrade() + " 级）");
			}
		}
		else if (grade != null || nature != null) {
			throw new InvalidInputException("按类别发放的抚恤补助不带残疾等级和性质");
		}
		else if (category.perYearServed() && yearsServed < 1) {
			throw new InvalidInputException(category.chinese() + "按服役年限发放，请填写服役年数（至少 1 年）");
		}
	}

	public static Entitlement disability(int grade, DisabilityNature nature) {
		return new Entitlement(grade, nature, null, 0);
	}

	public static Entitlement of(PensionCategory category, int yearsServed) {
		return new Entitlement(null, null, category, category.perYearServed() ? yearsServed : 0);
	}

	/** The yearly amount under these standards (times the years served where so paid), or empty when none covers it. */
	public Optional<BigDecimal> perYear(StandardsInForce standards) {
		if (category == null) {
			return standards.disability().stream().filter(r -> r.grade() == grade && r.nature() == nature).findFirst()
				.map(DisabilityRate::amountPerYear);
		}
		return standards.categories().stream().filter(r -> r.category() == category).findFirst()
			.map(r -> category.perYearServed() ? r.amountPerYear().multiply(BigDecimal.valueOf(yearsServed))
					: r.amountPerYear());
	}

	/** 三级因公, 烈士遗属, 农村籍老义务兵（服役 3 年）. */
	public String label() {
		if (category == null) {
			return grade + "级" + nature.chinese();
		}
		return category.perYearServed() ? category.chinese() + "（服役 " + yearsServed + " 年）" : category.chinese();
	}
}
