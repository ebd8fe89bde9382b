package cn.shuangyong.plans;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.DirectoryAdministration;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * In demo mode the seed notice (楚拥办通〔2020〕1号 forwarding 云拥办〔2020〕1号) is imported and published on first
 * start, the way the provincial office would: the one phrase the directory does not know, 州(市), is mapped to the
 * prefecture offices first. A newcomer then opens the 2020 plan and sees its 32 items with their units.
 */
@Component
class DemoPlan implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);

	private static final String SEED = "demo/yunnan-2020-shuangyong-notice.md";

	static final java.time.LocalDate DEMO_ISSUED_ON = java.time.LocalDate.of(2020, 3, 2);

	private final Directory directory;

	private final DirectoryAdministration directoryAdministration;

	private final PlanDrafts drafts;

	private final PlanPublisher publisher;

	DemoPlan(Directory directory, DirectoryAdministration directoryAdministration, PlanDrafts drafts,
			PlanPublisher publisher) {
		this.directory = directory;
		this.directoryAdministration = directoryAdministration;
		this.drafts = drafts;
		this.publisher = publisher;
	}

	@Override
	public String name() {
		return "plan";
	}

	@Override
	public Set<String> needs() {
		return Set.of("accounts");
	}

	@Override
	public void seed() {
		Unit office = directory.catalogueUnit("yn-office").orElseThrow();
		var provincialOffice = new SystemActor("demo", office.id().value(), office.regionCode().value(),
				Set.of(Permission.PLANS_PUBLISH, Permission.DIRECTORY_EDIT, Permission.WORK_EDIT, Permission.WORK_READ));
		directoryAdministration.remember("州(市)", RegionCode.of("53"), null, "PREFECTURE_OFFICES", provincialOffice);
		long draft = drafts.upload("yunnan-2020-shuangyong-notice.md", notice(), provincialOffice);
		// the seed carries no 成文日期; the demo takes early March 2020, when such plans are issued
		PlanDraft dated = drafts.setIssuedOn(draft, 0, DEMO_ISSUED_ON, provincialOffice);
		PlanPublisher.Published published = publisher.publish(draft, dated.version(), provincialOffice);
		log.info("演示工作要点已发布：{}", published.planIds());
	}

	private static byte[] notice() {
		try {
			return new ClassPathResource(SEED).getContentAsByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
