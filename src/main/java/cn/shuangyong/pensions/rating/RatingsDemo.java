package cn.shuangyong.pensions.rating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.shuangyong.beneficiaries.PeopleQuery;
import cn.shuangyong.beneficiaries.PersonRule;
import cn.shuangyong.beneficiaries.RegistryPerson;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.documents.publicnotice.ObjectionInput;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo ratings in 禄丰, at different steps, for people of the demo registry: a 新办 just filed; a 新办 in its 公示 with
 * an objection waiting for an answer; a 调整 reported by the county and waiting for the prefecture's review; and a
 * 调整 approved by the province on the demo day, so that the registry's grade and the pension follow it. The
 * circumstances, hospitals, opinion numbers and certificate numbers are invented and say 演示数据.
 */
@Component
class RatingsDemo implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(RatingsDemo.class);

	private static final Set<String> VETERANS = Set.of("VETERAN", "DISCHARGED_SOLDIER_2019", "DEMOBILISED_SOLDIER_2019");

	private final Ratings ratings;

	private final PeopleQuery people;

	private final Directory directory;

	private final BusinessClock clock;

	RatingsDemo(Ratings ratings, PeopleQuery people, Directory directory, BusinessClock clock) {
		this.ratings = ratings;
		this.people = people;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "ratings";
	}

	@Override
	public Set<String> needs() {
		return Set.of("people", "accounts", "pensions");
	}

	@Override
	@Transactional
	public void seed() {
		Optional<Region> lufeng = directory.regionsNamed("禄丰市").stream().findFirst();
		Optional<SystemActor> county = lufeng.flatMap(r -> actor("office:" + r.code().value(), r.code().value(),
				Set.of(Permission.PERSONAL_DATA_READ, Permission.PERSONAL_DATA_EDIT, Permission.WORK_EDIT,
						Permission.WORK_READ)));
		Optional<SystemActor> prefecture = lufeng.map(r -> RegionLevel.PREFECTURE.regionOf(r.code().value()))
			.flatMap(code -> actor("veterans:" + code, code, Set.of(Permission.WORK_EDIT, Permission.WORK_READ)));
		Optional<SystemActor> province = actor(Ratings.PROVINCE_APPROVER, "53",
				Set.of(Permission.WORK_EDIT, Permission.WORK_READ));
		if (county.isEmpty() || prefecture.isEmpty() || province.isEmpty()) {
			log.info("目录中缺少禄丰市双拥办、楚雄州退役军人事务局或云南省退役军人事务厅，演示评残暂不生成");
			return;
		}
		SystemActor office = county.get();
		List<RegistryPerson> unrated = new ArrayList<>();
		List<RegistryPerson> rated = new ArrayList<>();
		people.forEach(PersonRule.everyone().under(office.regionCode()), office, p -> {
			if (p.disabilityGrade() == null && p.categories().stream().anyMatch(VETERANS::contains) && unrated.size() < 2) {
				unrated.add(p);
			}
			else if (p.disabilityGrade() != null && p.disabilityGrade() > 2 && p.disabilityGrade() < 10
					&& rated.size() < 2) {
				rated.add(p);
			}
		});
		if (unrated.size() < 2 || rated.size() < 2) {
			log.info("禄丰市的演示登记簿中退役军人或残疾军人不足，演示评残暂不生成");
			return;
		}
		LocalDate today = clock.today();
		// in the order the 公示 began, so that the county office's document numbers follow their days
		// a 调整 reviewed by the prefecture and approved by the province today
		Rating approving = reported(rated.get(1), today.minusDays(75), office);
		approving = ratings.review(approving.id(), approving.version(), prefecture.get());
		ratings.approve(approving.id(), approving.version(), "演示数据：云残字 2020 第 0001 号", province.get());
		// a 调整 reported, waiting for the prefecture's review
		Rating reported = reported(rated.get(0), today.minusDays(70), office);
		// a 新办 in its 公示, with an objection to answer
		Rating noticed = assessed(apply(unrated.get(1), "NEW", null, today.minusDays(12), office), 8, today.minusDays(5),
				office);
		noticed = ratings.openNotice(noticed.id(), noticed.version(), today.minusDays(1), office);
		ratings.recordObjection(noticed.id(), new ObjectionInput(today, "匿名", "来信",
				"演示数据：反映其伤情已基本痊愈，请复核。"), office);
		// a 新办 just filed
		apply(unrated.get(0), "NEW", null, today.minusDays(2), office);
		log.info("已为禄丰市生成 4 件演示评残：待受理审查 1、公示中 1、待市级审核 1、已批准 1（待审核的编号 {}）", reported.id());
	}

	private Rating apply(RegistryPerson p, String kind, Integer previous, LocalDate on, SystemActor office) {
		return ratings.apply(RatingApplication.of(p.personId(), kind, "ON_DUTY", false,
				on.minusYears(kind.equals("NEW") ? 1 : 8).toString(), previous,
				previous == null ? null : on.minusYears(4).toString(), "演示数据：训练中受伤致残（经过为虚构）", on.toString()),
				office);
	}

	private Rating assessed(Rating applied, int grade, LocalDate on, SystemActor office) {
		Rating accepted = ratings.accept(applied.id(), applied.version(), office);
		return ratings.assess(accepted.id(), accepted.version(),
				new MedicalOpinion(grade, "演示数据：楚雄州人民医院", on, "演示数据：楚医鉴〔2020〕" + accepted.id() + "号"), office);
	}

	/** A 调整 to the grade above the registry's, through a 公示 that ran weeks before, reported by the county. */
	private Rating reported(RegistryPerson p, LocalDate appliedOn, SystemActor office) {
		Rating r = assessed(apply(p, "ADJUST", p.disabilityGrade(), appliedOn, office), p.disabilityGrade() - 1,
				appliedOn.plusDays(20), office);
		r = ratings.openNotice(r.id(), r.version(), appliedOn.plusDays(25), office);
		var notice = ratings.notice(r.id(), office).orElseThrow().notice();
		r = ratings.closeNotice(r.id(), r.version(), notice.version(), true, null, office);
		return ratings.report(r.id(), r.version(), office);
	}

	private Optional<SystemActor> actor(String unitKey, String region, Set<Permission> permissions) {
		return directory.catalogueUnit(unitKey).map(Unit::id)
			.map(id -> new SystemActor("demo", id.value(), region, permissions));
	}
}
