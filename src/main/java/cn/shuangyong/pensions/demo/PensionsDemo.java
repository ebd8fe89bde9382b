package cn.shuangyong.pensions.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.shuangyong.beneficiaries.PeopleQuery;
import cn.shuangyong.beneficiaries.PersonRule;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.pensions.DisabilityNature;
import cn.shuangyong.pensions.Entitlement;
import cn.shuangyong.pensions.PensionCategory;
import cn.shuangyong.pensions.accounts.NewAccount;
import cn.shuangyong.pensions.accounts.PensionAccounts;
import cn.shuangyong.pensions.rolls.PaymentRolls;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo pensions for 禄丰 and 楚雄市, made from the disabled veterans and the three kinds of survivors that the demo
 * registry holds there: an account for each (the nature of a disability, which the registry does not know, is drawn
 * from the person's id), paid through 2019 before the platform; the rolls of 2020-01 to 2020-08 generated as each
 * month's office did at the time, with the standards then published, and approved; and the 2020-09 roll generated
 * today, not approved, with August's back pay at the 2020-08-01 standard published on 2020-09-10.
 */
@Component
class PensionsDemo implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(PensionsDemo.class);

	/** The registry's categories that carry a periodic pension, and what each is paid as. */
	private static final Map<String, PensionCategory> SURVIVORS = Map.of(
			"MARTYR_FAMILY_2019", PensionCategory.MARTYR_FAMILY,
			"DUTY_DEATH_FAMILY_2019", PensionCategory.DUTY_DEATH_FAMILY,
			"ILLNESS_DEATH_FAMILY_2019", PensionCategory.ILLNESS_DEATH_FAMILY);

	private static final int PER_COUNTY = 60;

	private final PeopleQuery people;

	private final Directory directory;

	private final PensionAccounts accounts;

	private final PaymentRolls rolls;

	private final BusinessClock clock;

	PensionsDemo(PeopleQuery people, Directory directory, PensionAccounts accounts, PaymentRolls rolls,
			BusinessClock clock) {
		this.people = people;
		this.directory = directory;
		this.accounts = accounts;
		this.rolls = rolls;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "pensions";
	}

	@Override
	public Set<String> needs() {
		return Set.of("people", "accounts");
	}

	@Override
	@Transactional
	public void seed() {
		for (String name : List.of("禄丰市", "楚雄市")) {
			directory.regionsNamed(name).stream().findFirst().ifPresent(this::seed);
		}
	}

	private void seed(Region county) {
		SystemActor office = office(county);
		int opened = 0;
		for (Candidate c : candidates(county.code().value(), office)) {
			accounts.open(new NewAccount(c.personId(), c.entitlement(), YearMonth.of(2016, 1), YearMonth.of(2019, 12),
					"演示数据：抚恤审批表（演示）第 " + c.personId() + " 号"), office);
			opened++;
		}
		if (opened == 0) {
			log.info("{}尚无残疾军人或三属，演示的抚恤账户和花名册暂不生成", county.name());
			return;
		}
		for (YearMonth month = YearMonth.of(2020, 1); month.isBefore(YearMonth.of(2020, 9)); month = month.plusMonths(1)) {
			var roll = rolls.generate(county.code().value(), month, month.atDay(5), office);
			rolls.approve(county.code().value(), month, roll.version(), office);
		}
		rolls.generate(county.code().value(), YearMonth.of(2020, 9), clock.today(), office);
		log.info("已为{}生成 {} 个演示抚恤账户，2020 年 1–8 月花名册已审批，9 月花名册已生成待审批", county.name(), opened);
	}

	/** The county's disabled veterans and survivors, as the registry's one query for its neighbours gives them. */
	private List<Candidate> candidates(String county, SystemActor office) {
		List<Candidate> found = new ArrayList<>();
		people.forEach(PersonRule.everyone().under(county), office, p -> {
			boolean survivor = p.categories().stream().anyMatch(SURVIVORS::containsKey);
			if (found.size() < PER_COUNTY && (p.disabilityGrade() != null || survivor)) {
				found.add(candidate(p.personId(), p.categories(), p.disabilityGrade()));
			}
		});
		return found;
	}

	/** A disability when the registry holds a grade, else the first survivor category the person has. */
	private static Candidate candidate(long personId, List<String> categories, Integer grade) {
		if (grade != null) {
			DisabilityNature nature = personId % 5 == 0 ? DisabilityNature.IN_BATTLE
					: grade <= 6 && personId % 7 == 0 ? DisabilityNature.ILLNESS : DisabilityNature.ON_DUTY;
			return new Candidate(personId, Entitlement.disability(grade, nature));
		}
		PensionCategory category = categories.stream().filter(SURVIVORS::containsKey).map(SURVIVORS::get)
			.findFirst().orElseThrow();
		return new Candidate(personId, Entitlement.of(category, 0));
	}

	private SystemActor office(Region county) {
		Unit unit = directory.catalogueUnit("office:" + county.code().value())
			.orElseThrow(() -> new IllegalStateException("目录中缺少 " + county.name() + "双拥办"));
		return new SystemActor("demo", unit.id().value(), county.code().value(),
				Set.of(Permission.PERSONAL_DATA_READ, Permission.PERSONAL_DATA_EDIT, Permission.WORK_READ));
	}

	private record Candidate(long personId, Entitlement entitlement) {
	}
}
