package cn.shuangyong.beneficiaries;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The categories of every set, and how the words people write in a 优抚类别 cell map to the set in force on a date.
 * Several categories in one cell are separated by 、 (or a comma, semicolon or slash).
 */
public final class CategoryCatalogue {

	private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/／|\\s]+");

	/** Words in use for a category, each mapped to the label the regulation uses (2019 labels, then 2024). */
	private static final String BEREAVED = "烈士遗属、因公牺牲军人遗属、病故军人遗属";

	private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
			Map.entry("烈属", List.of("烈士遗属", BEREAVED)), Map.entry("烈士家属", List.of("烈士遗属", BEREAVED)),
			Map.entry("因公牺牲军人家属", List.of("因公牺牲军人遗属", BEREAVED)),
			Map.entry("病故军人家属", List.of("病故军人遗属", BEREAVED)),
			Map.entry("军属", List.of("现役军人家属", "军人家属")), Map.entry("现役军人家属", List.of("现役军人家属", "军人家属")),
			Map.entry("军人家属", List.of("现役军人家属", "军人家属")),
			Map.entry("现役军人", List.of("现役军人", "军人")), Map.entry("军人", List.of("现役军人", "军人")),
			Map.entry("残疾军人", List.of("服现役或者退出现役的残疾军人", "服现役和退出现役的残疾军人")),
			Map.entry("伤残军人", List.of("服现役或者退出现役的残疾军人", "服现役和退出现役的残疾军人")),
			Map.entry("复员军人", List.of("复员军人", "退役军人")), Map.entry("退伍军人", List.of("退伍军人", "退役军人")),
			Map.entry("烈士遗属", List.of("烈士遗属", BEREAVED)),
			Map.entry("因公牺牲军人遗属", List.of("因公牺牲军人遗属", BEREAVED)),
			Map.entry("病故军人遗属", List.of("病故军人遗属", BEREAVED)), Map.entry("三属", List.of(BEREAVED)));

	private final List<Category> categories;

	public CategoryCatalogue(List<Category> categories) {
		this.categories = categories.stream().sorted(Comparator.comparing(Category::inForceFrom).reversed()
				.thenComparing(Category::position)).toList();
	}

	public List<Category> all() {
		return categories;
	}

	/** The set in force on a date, in the regulation's order. */
	public List<Category> inForceOn(LocalDate date) {
		return categories.stream().filter(c -> c.inForceOn(date)).sorted(Comparator.comparing(Category::position))
				.toList();
	}

	public Optional<Category> byCode(String code) {
		return categories.stream().filter(c -> c.code().equals(code)).findFirst();
	}

	/** The label of a code, or the code itself when unknown (for pages and exports). */
	public String label(String code) {
		return byCode(code).map(Category::label).orElse(code);
	}

	/** A code name or a label, of any set: what an API filter ({@code category=VETERAN} or 退役军人) names. */
	public Optional<Category> named(String codeOrLabel) {
		String text = normalise(codeOrLabel);
		return byCode(text.toUpperCase()).or(() -> categories.stream().filter(c -> c.label().equals(text)).findFirst());
	}

	/** The category a recorded one counts as in the set in force on a date (a 2019 复员军人 is a 2024 退役军人). */
	public Category countedAs(String code, LocalDate date) {
		Category category = byCode(code).orElseThrow(() -> new IllegalArgumentException("未知的优抚类别代码：" + code));
		while (!category.inForceOn(date) && category.successor() != null && date.isAfter(category.inForceUntil())) {
			category = byCode(category.successor()).orElseThrow();
		}
		return category;
	}

	/**
	 * Reads a 优抚类别 cell against the set in force on a date. Each word that names no category of that set is a
	 * problem with its own message; 退役军人 under the 2019 set is one, since that set keeps 复员军人 and 退伍军人 apart.
	 */
	public CategoryReading read(String cell, LocalDate date) {
		Set<String> codes = new LinkedHashSet<>();
		List<String> problems = new ArrayList<>();
		List<Category> inForce = inForceOn(date);
		if (cell == null || cell.isBlank()) {
			return new CategoryReading(List.of(), List.of("优抚类别为空"));
		}
		for (String word : SEPARATORS.split(normalise(cell))) {
			if (word.isEmpty()) {
				continue;
			}
			Optional<Category> match = match(word, inForce);
			if (match.isPresent()) {
				codes.add(match.get().code());
			}
			else if (word.equals("退役军人") && inForce.stream().anyMatch(c -> c.label().equals("复员军人"))) {
				problems.add("“退役军人”在" + date.getYear() + "年施行的类别中分为复员军人和退伍军人，请写明其一");
			}
			else {
				problems.add("优抚类别“" + word + "”不是" + date + "施行的类别（"
						+ String.join("、", inForce.stream().map(Category::label).toList()) + "）之一");
			}
		}
		return new CategoryReading(List.copyOf(codes), problems);
	}

	private static Optional<Category> match(String word, List<Category> inForce) {
		List<String> labels = SYNONYMS.getOrDefault(word, List.of(word));
		return inForce.stream().filter(c -> labels.contains(c.label()) || c.code().equals(word.toUpperCase()))
				.findFirst();
	}

	private static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
	}

	/** The codes a cell names, and a message for each word that names none. */
	public record CategoryReading(List<String> codes, List<String> problems) {

		public boolean valid() {
			return problems.isEmpty() && !codes.isEmpty();
		}
	}
}
