package cn.shuangyong.priority;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sectors' checklists: read by everyone who inspects, added to by the provincial office as rules change. */
@Service
public class Checklists {

	private final ChecklistStore store;

	private final AuditTrail audit;

	Checklists(ChecklistStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	public List<ChecklistEdition> editions() {
		return store.all();
	}

	public Optional<ChecklistEdition> inForce(Sector sector, LocalDate on) {
		return ChecklistEdition.inForce(store.all(), sector, on);
	}

	/**
	 * A new edition takes effect after the sector's latest one: editions are never rewritten, since past findings
	 * cite their items.
	 */
	@Transactional
	public long publish(NewChecklistEdition edition, CurrentUser by) {
		if (!by.can(Permission.PLANS_PUBLISH) || by.regionLevel() != RegionLevel.PROVINCE) {
			throw new AccessDeniedException("只有省双拥办可以发布检查清单");
		}
		Optional<ChecklistEdition> latest = store.all().stream().filter(e -> e.sector() == edition.sector())
			.max(Comparator.comparing(ChecklistEdition::effectiveFrom));
		if (latest.isPresent() && !edition.effectiveFrom().isAfter(latest.get().effectiveFrom())) {
			throw new InvalidInputException("施行日期：须晚于该行业现行清单的施行日期（" + latest.get().effectiveFrom() + "）");
		}
		long id = store.insert(edition, latest.map(e -> e.edition() + 1).orElse(1));
		audit.record(by, "PRIORITY_CHECKLIST_PUBLISHED", AuditTarget.of("PRIORITY_CHECKLIST", id),
				edition.sector().name() + " " + edition.effectiveFrom());
		return id;
	}
}
