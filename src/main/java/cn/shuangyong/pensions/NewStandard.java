package cn.shuangyong.pensions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * A standard to publish: national, or the province's top-up; its effective date, title and source (a citation:
 * title, issuer, date), and its rates. Checked whole in {@link #of}: every problem is named with where it is, and a
 * standard with any problem is not published.
 */
public record NewStandard(StandardLayer layer, LocalDate effectiveOn, String title, String source,
		List<DisabilityAmount> disability, List<CategoryAmount> categories) {

	/** A checked disability rate. */
	public record DisabilityAmount(int grade, DisabilityNature nature, BigDecimal amountPerYear) {
	}

	/** A checked category rate. */
	public record CategoryAmount(PensionCategory category, BigDecimal amountPerYear) {
	}

	/** A disability rate as given: grade 1–10, nature by code or Chinese name, yuan per year. */
	public record Disability(Integer grade, String nature, BigDecimal amountPerYear) {
	}

	/** A category rate as given: category by code or Chinese name, yuan per year (per year served where so paid). */
	public record Category(String category, BigDecimal amountPerYear) {
	}

	static final BigDecimal MOST = new BigDecimal("10000000");

	public static NewStandard of(String layer, LocalDate effectiveOn, String title, String source,
			List<Disability> disability, List<Category> categories) {
		List<String> problems = new ArrayList<>();
		StandardLayer kind = layer(layer, problems);
		if (effectiveOn == null) {
			problems.add("请填写执行日期（effectiveOn，如 2021-08-01）");
		}
		String cleanTitle = FreeText.required(title, "标准名称", 200, problems);
		String cleanSource = FreeText.required(source, "依据（文件名称、发文机关、日期）", 500, problems);
		List<Disability> disabilityRates = disability == null ? List.of() : disability;
		List<Category> categoryRates = categories == null ? List.of() : categories;
		if (disabilityRates.isEmpty() && categoryRates.isEmpty()) {
			problems.add("标准中至少应有一项金额");
		}
		Set<String> seen = new HashSet<>();
		List<DisabilityAmount> checkedDisability = new ArrayList<>();
		for (int i = 0; i < disabilityRates.size(); i++) {
			DisabilityAmount checked = checkDisability(disabilityRates.get(i), "残疾抚恤金第 " + (i + 1) + " 行", seen,
					problems);
			if (checked != null) {
				checkedDisability.add(checked);
			}
		}
		List<CategoryAmount> checkedCategories = new ArrayList<>();
		for (int i = 0; i < categoryRates.size(); i++) {
			CategoryAmount checked = checkCategory(categoryRates.get(i), "定期抚恤补助第 " + (i + 1) + " 行", seen,
					problems);
			if (checked != null) {
				checkedCategories.add(checked);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewStandard(kind, effectiveOn, cleanTitle, cleanSource, List.copyOf(checkedDisability),
				List.copyOf(checkedCategories));
	}

	private static StandardLayer layer(String layer, List<String> problems) {
		if (layer == null || layer.isBlank()) {
			return StandardLayer.NATIONAL;
		}
		for (StandardLayer candidate : StandardLayer.values()) {
			if (candidate.name().equalsIgnoreCase(layer.strip()) || candidate.chinese().equals(layer.strip())) {
				return candidate;
			}
		}
		problems.add("标准层级「" + layer.strip() + "」不存在：应为 NATIONAL（国家标准）或 TOP_UP（省增发）");
		return StandardLayer.NATIONAL;
	}

	/** The rate checked, or null with its problems added. */
	private static DisabilityAmount checkDisability(Disability rate, String where, Set<String> seen,
			List<String> problems) {
		if (rate == null || rate.grade() == null || rate.grade() < 1 || rate.grade() > 10) {
			problems.add(where + "：残疾等级应为 1 至 10 级" + (rate == null || rate.grade() == null ? "" : "，「"
					+ rate.grade() + "」不符合"));
			return null;
		}
		DisabilityNature nature;
		try {
			nature = DisabilityNature.of(rate.nature(), where);
		}
		catch (InvalidInputException e) {
			problems.add(e.getMessage());
			return null;
		}
		if (!nature.carriesGrade(rate.grade())) {
			problems.add(where + "：因病致残只评定一至六级，没有 " + rate.grade() + " 级的因病抚恤金");
			return null;
		}
		amount(rate.amountPerYear(), where, problems);
		if (!seen.add(rate.grade() + "/" + nature)) {
			problems.add(where + "：" + rate.grade() + " 级" + nature.chinese() + "重复填写");
		}
		return new DisabilityAmount(rate.grade(), nature, rate.amountPerYear());
	}

	/** The rate checked, or null with its problems added. */
	private static CategoryAmount checkCategory(Category rate, String where, Set<String> seen, List<String> problems) {
		PensionCategory category;
		try {
			category = PensionCategory.of(rate == null ? null : rate.category(), where);
		}
		catch (InvalidInputException e) {
			problems.add(e.getMessage());
			return null;
		}
		amount(rate.amountPerYear(), where, problems);
		if (!seen.add(category.name())) {
			problems.add(where + "：" + category.chinese() + "重复填写");
		}
		return new CategoryAmount(category, rate.amountPerYear());
	}

	private static void amount(BigDecimal amount, String where, List<String> problems) {
		if (amount == null) {
			problems.add(where + "：请填写每年金额（元）");
		}
		else if (amount.signum() <= 0 || amount.compareTo(MOST) >= 0) {
			problems.add(where + "：每年金额应大于 0 且小于 1000 万元，「" + amount.toPlainString() + "」不符合");
		}
		else if (amount.stripTrailingZeros().scale() > 2) {
			problems.add(where + "：金额最多精确到分（两位小数），「" + amount.toPlainString() + "」不符合");
		}
	}
}
