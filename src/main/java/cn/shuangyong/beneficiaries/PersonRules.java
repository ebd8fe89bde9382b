package cn.shuangyong.beneficiaries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.privacy.IdNumberResult;
import cn.shuangyong.privacy.PhoneNumber;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks every field of a person and names every problem at once, each prefixed with the field it is about, so a
 * form can be corrected in one go. Categories are read against the set in force on the business date; the ID
 * number's birth date against the real date.
 */
@Component
class PersonRules {

	/** The categories whose people have a disability grade (2019 Art. 2 and 2024 Art. 2, 残疾军人). */
	static final Set<String> DISABLED = Set.of("DISABLED_SOLDIER", "DISABLED_SOLDIER_2019");

	static final int MAX_ADDRESS = 200;

	private final CategoryCatalogue catalogue;

	private final BusinessClock businessClock;

	private final Clock clock;

	private final Residences residences;

	PersonRules(CategoryCatalogue catalogue, BusinessClock businessClock, Clock clock, Residences residences) {
		this.catalogue = catalogue;
		this.businessClock = businessClock;
		this.clock = clock;
		this.residences = residences;
	}

	CheckedPerson check(PersonDraft draft) {
		List<String> problems = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		PersonName.problem(draft.name()).ifPresent(p -> problems.add(p));
		IdNumberResult id = IdNumber.parse(draft.idNumber(), LocalDate.now(clock.withZone(BusinessClock.CHINA)));
		id.problems().forEach(p -> problems.add("公民身份号码：" + p));
		id.warnings().forEach(w -> warnings.add("公民身份号码：" + w));
		PhoneNumber phone = optional(draft.phone(), "联系电话", problems, () -> PhoneNumber.parse(draft.phone()));
		String address = address(draft.address(), problems);
		BankAccount bank = optional(draft.bankAccount(), "银行账号", problems, () -> BankAccount.parse(draft.bankAccount()));
		if (bank != null) {
			bank.warnings().forEach(w -> warnings.add("银行账号：" + w));
		}
		LocalDate date = businessClock.today();
		CategoryCatalogue.CategoryReading categories = catalogue.read(draft.categories(), date);
		categories.problems().forEach(p -> problems.add("优抚类别：" + p));
		Integer grade = optional(draft.disabilityGrade(), "伤残等级", problems,
				() -> DisabilityGrade.parse(draft.disabilityGrade()));
		gradeRule(categories.codes(), grade, draft.disabilityGrade(), problems);
		Residence residence = optional(draft.regionCode(), "行政区划", problems, () -> residences.of(draft.regionCode()));
		if (residence == null && (draft.regionCode() == null || draft.regionCode().isBlank())) {
			problems.add("行政区划：请选到乡镇（街道）或村（社区）");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String name = draft.name().strip();
		return new CheckedPerson(name, PersonName.key(name), id.idNumber(), phone, address, bank, categories.codes(),
				grade, residence, warnings);
	}

	/** Required for a disabled soldier (security requirements §3 #27), meaningless for anyone else. */
	private static void gradeRule(List<String> codes, Integer grade, String text, List<String> problems) {
		boolean disabled = codes.stream().anyMatch(DISABLED::contains);
		boolean given = text != null && !text.isBlank();
		if (disabled && !given) {
			problems.add("伤残等级：残疾军人须填写伤残等级（一级至十级）");
		}
		if (!disabled && grade != null) {
			problems.add("伤残等级：只有残疾军人填写伤残等级，此人的类别中没有残疾军人");
		}
	}

	private static String address(String text, List<String> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String address = text.strip();
		Optional<Integer> bad = address.codePoints().filter(c -> Character.getType(c) == Character.CONTROL
				|| Character.getType(c) == Character.FORMAT).boxed().findFirst();
		if (bad.isPresent()) {
			problems.add("现住址：含有非法字符（U+%04X）".formatted(bad.get()));
		}
		int length = address.codePointCount(0, address.length());
		if (length > MAX_ADDRESS) {
			problems.add("现住址：过长，最多 " + MAX_ADDRESS + " 个字，实际为 " + length + " 个字");
		}
		return address;
	}

	private static <T> T optional(String text, String field, List<String> problems, Supplier<T> parse) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parse.get();
		}
		catch (InvalidInputException e) {
			e.problems().forEach(p -> problems.add(field + "：" + p));
			return null;
		}
	}
}
