package cn.shuangyong.beneficiaries.visits;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.CategoryCatalogue;
import cn.shuangyong.beneficiaries.honours.HonoursAccess;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.documents.writing.PdfConversion;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Distribution rosters of a campaign, for the whole scope or one station. A roster is an export of personal data: it
 * needs the right to record work, shows ID numbers masked only, carries a watermark of who exported it and when, and
 * each export is in the audit log with its size.
 */
@Service
@Transactional
public class Rosters {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final VisitCampaigns campaigns;

	private final Visits visits;

	private final CategoryCatalogue catalogue;

	private final Directory directory;

	private final PdfConversion pdf;

	private final AuditTrail audit;

	private final Clock clock;

	Rosters(VisitCampaigns campaigns, Visits visits, CategoryCatalogue catalogue, Directory directory, PdfConversion pdf,
			AuditTrail audit, Clock clock) {
		this.campaigns = campaigns;
		this.visits = visits;
		this.catalogue = catalogue;
		this.directory = directory;
		this.pdf = pdf;
		this.audit = audit;
		this.clock = clock;
	}

	public byte[] xlsx(long campaignId, RosterKind kind, Long stationUnitId, CurrentUser by) {
		Roster roster = roster(campaignId, kind, stationUnitId, by);
		exported(campaignId, kind, "xlsx", roster, by);
		return RosterWorkbook.write(roster);
	}

	public byte[] pdf(long campaignId, RosterKind kind, Long stationUnitId, CurrentUser by) {
		Roster roster = roster(campaignId, kind, stationUnitId, by);
		byte[] document = pdf.toPdf(RosterDocument.write(roster));
		exported(campaignId, kind, "pdf", roster, by);
		return document;
	}

	Roster roster(long campaignId, RosterKind kind, Long stationUnitId, CurrentUser by) {
		CampaignView campaign = campaigns.find(campaignId, by);
		if (!by.can(HonoursAccess.EDIT)) {
			throw new AccessDeniedException("您的角色不能导出发放花名册");
		}
		List<TargetView> targets = visits.targets(campaignId, stationUnitId, by);
		Map<String, String> places = new HashMap<>();
		List<Roster.Row> rows = new ArrayList<>();
		for (TargetView t : targets) {
			String gift = kind == RosterKind.MONEY
					? (t.visited() ? t.money() : campaign.moneyStandard()).setScale(2).toPlainString()
					: t.visited() ? t.goods() : campaign.goodsStandard();
			rows.add(new Roster.Row(rows.size() + 1, t.name(), t.idMasked(), labels(t.categories(), campaign),
					places.computeIfAbsent(t.regionCode(), this::place), gift));
		}
		Long station = visits.ownStation(by) != null ? visits.ownStation(by) : stationUnitId;
		String scope = station == null ? place(by.regionCode())
				: directory.unit(new UnitId(station)).map(Unit::name).orElse("");
		String watermark = "导出：" + by.getUsername() + "（" + unitName(by) + "） " + LocalDateTime
			.now(clock.withZone(BusinessClock.CHINA)).format(WHEN) + " 　含个人信息，仅限发放使用";
		return new Roster(kind, campaign.title(), scope, rows, watermark);
	}

	private void exported(long campaignId, RosterKind kind, String format, Roster roster, CurrentUser by) {
		audit.exported(by, "ROSTER_EXPORTED", AuditTarget.of("VISIT_CAMPAIGN", campaignId), roster.rows().size(),
				kind.title() + "（" + format + "，" + roster.scopeName() + "）");
	}

	private String labels(List<String> codes, CampaignView campaign) {
		return String.join("、", codes.stream().map(c -> {
			try {
				return catalogue.countedAs(c, campaign.festivalOn()).label();
			}
			catch (IllegalArgumentException e) {
				return c;
			}
		}).distinct().toList());
	}

	private String place(String code) {
		try {
			List<Region> lineage = directory.lineage(new RegionCode(code));
			return String.join("", lineage.stream().skip(Math.min(2, Math.max(0, lineage.size() - 1)))
				.map(Region::name).toList());
		}
		catch (IllegalArgumentException e) {
			return code;
		}
	}

	private String unitName(CurrentUser by) {
		return directory.unit(new UnitId(by.unitId())).map(Unit::name).orElse("");
	}
}
