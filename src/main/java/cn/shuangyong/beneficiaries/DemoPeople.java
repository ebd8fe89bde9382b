package cn.shuangyong.beneficiaries;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.privacy.CheckCharacter;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo people, in demo mode only and once: {@value #COUNT} made-up people of 楚雄州, most in 禄丰, across the 2019
 * categories (the demo's business date is in 2020) and in households. They go through the same write path as any
 * registration. Names come from a fixed list; ID numbers are made up with computed check characters; the list page
 * says they are demo data.
 */
@Component
class DemoPeople implements DemoSeeder {

	static final int COUNT = 240;

	private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

	private static final List<String> SURNAMES = List.of("李", "王", "张", "杨", "赵", "陈", "刘", "普", "罗", "施", "字",
			"鲁", "周", "段", "何", "苏", "马", "余", "沈", "尹");

	private static final List<String> GIVEN = List.of("建国", "国华", "志强", "秀英", "桂芳", "文斌", "玉兰", "正明",
			"春梅", "德福", "海涛", "丽萍", "永红", "兴旺", "绍云", "家富", "学军", "卫东", "金凤", "晓燕", "光荣", "跃进",
			"明珍", "自强");

	/** Codes of the 2019 set, weighted as a county's roll might be: mostly 退伍军人 and 军属. */
	private static final List<String> CATEGORY_WEIGHTS = List.of("DISCHARGED_SOLDIER_2019", "DISCHARGED_SOLDIER_2019",
			"DISCHARGED_SOLDIER_2019", "DISCHARGED_SOLDIER_2019", "DISCHARGED_SOLDIER_2019", "SERVICE_MEMBER_FAMILY_2019",
			"SERVICE_MEMBER_FAMILY_2019", "DEMOBILISED_SOLDIER_2019", "DISABLED_SOLDIER_2019", "MARTYR_FAMILY_2019",
			"DUTY_DEATH_FAMILY_2019", "ILLNESS_DEATH_FAMILY_2019", "ACTIVE_SERVICE_MEMBER_2019");

	private final Registry registry;

	private final Directory directory;

	DemoPeople(Registry registry, Directory directory) {
		this.registry = registry;
		this.directory = directory;
	}

	@Override
	public String name() {
		return "people";
	}

	@Override
	@Transactional
	public void seed() {
		Random random = new Random(2020);
		List<PersonDraft> drafts = drafts(random);
		Unit office = directory.catalogueUnit("office:5323").orElseThrow();
		SystemActor actor = new SystemActor("demo", office.id().value(), "5323", Set.of(RegistryAccess.EDIT));
		int i = 0;
		while (i < drafts.size()) {
			Registry.Registered head = registry.register(drafts.get(i++), null, actor);
			int members = random.nextInt(10) < 4 ? 1 + random.nextInt(3) : 0;
			for (int m = 0; m < members && i < drafts.size(); m++) {
				PersonDraft member = drafts.get(i++);
				registry.register(new PersonDraft(member.name(), member.idNumber(), member.phone(), member.address(),
						member.bankAccount(), member.categories(), member.disabilityGrade(), head.person().regionCode()),
						head.person().householdId(), actor);
			}
		}
		log.info("演示优抚对象已登记：{} 人（虚构数据）", drafts.size());
	}

	private List<PersonDraft> drafts(Random random) {
		List<Region> lufeng = villages("532302");
		List<Region> others = new ArrayList<>();
		for (String county : List.of("532301", "532322", "532329")) {
			others.addAll(villages(county));
		}
		List<PersonDraft> drafts = new ArrayList<>();
		for (int n = 0; n < COUNT; n++) {
			Region village = random.nextInt(10) < 8 || others.isEmpty() ? pick(lufeng, random) : pick(others, random);
			drafts.add(draft(village, random));
		}
		return drafts;
	}

	private PersonDraft draft(Region village, Random random) {
		String category = pick(CATEGORY_WEIGHTS, random);
		String categories = category.equals("DISCHARGED_SOLDIER_2019") && random.nextInt(8) == 0
				? category + "、DISABLED_SOLDIER_2019" : category;
		String grade = categories.contains("DISABLED") ? String.valueOf(5 + random.nextInt(6)) + "级" : null;
		LocalDate birth = LocalDate.of(1935, 1, 1).plusDays(random.nextInt(365 * 66));
		// born before 禄丰撤县设市 (2021), so the ID carries the old county code 532331, as real ones do
		String birthCounty = village.code().value().startsWith("532302") ? "532331" : village.code().value().substring(0, 6);
		String body = birthCounty + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(random.nextInt(1000));
		String name = pick(SURNAMES, random) + pick(GIVEN, random);
		String phone = "139" + "%08d".formatted(random.nextInt(100_000_000));
		String address = String.join("", directory.lineage(village.code()).stream().map(Region::name).toList())
				+ (1 + random.nextInt(120)) + "号";
		String bank = random.nextBoolean() ? unionPayCard(random) : null;
		return new PersonDraft(name, body + CheckCharacter.of(body), phone, address, bank, categories, grade,
				village.code().value());
	}

	private List<Region> villages(String county) {
		List<Region> villages = new ArrayList<>();
		for (Region township : directory.children(new RegionCode(county))) {
			if (!township.name().endsWith("监狱")) {
				villages.addAll(directory.children(township.code()));
			}
		}
		return villages;
	}

	/** A 19-digit card number starting 62 with its Luhn check digit. */
	private static String unionPayCard(Random random) {
		StringBuilder digits = new StringBuilder("6217");
		while (digits.length() < 18) {
			digits.append(random.nextInt(10));
		}
		for (int check = 0; check < 10; check++) {
			if (BankAccount.luhn(digits.toString() + check)) {
				return digits.toString() + check;
			}
		}
		throw new IllegalStateException("no Luhn digit");
	}

	private static <T> T pick(List<T> list, Random random) {
		return list.get(random.nextInt(list.size()));
	}
}
