package cn.shuangyong.placement;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.documents.DocumentRegistry;
import cn.shuangyong.documents.OfficeCode;
import cn.shuangyong.documents.writing.Block;
import cn.shuangyong.documents.writing.OfficialDocument;
import cn.shuangyong.documents.writing.OfficialLayout;
import cn.shuangyong.placement.rules.Statute;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.supervision.OpenTask;
import cn.shuangyong.supervision.TaskIssuing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 介绍信: the letter a soldier who has chosen takes to the employer. The placing office issues it under a number of its
 * own sequence (楚拥安〔2020〕1号) on the first download; later downloads write the same letter again. It names the
 * soldier in full, so only the placing office, with the right to read people, downloads it, and every download is
 * audited. The employer must put the soldier in post within a month of it (退役士兵安置条例 Art. 36).
 */
@Service
@Transactional
public class Introductions {

	private final PlacementStore store;

	private final RoundAccess access;

	private final DocumentRegistry registry;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final BusinessClock clock;

	private final TaskIssuing tasks;

	private final PlacementTaskSource source;

	Introductions(PlacementStore store, RoundAccess access, DocumentRegistry registry, Directory directory,
			JdbcClient jdbc, AuditTrail audit, BusinessClock clock, TaskIssuing tasks, PlacementTaskSource source) {
		this.tasks = tasks;
		this.source = source;
		this.store = store;
		this.access = access;
		this.registry = registry;
		this.directory = directory;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The letter as a .docx, with its number for the file name. */
	public Letter letter(long soldierId, CurrentUser by) {
		Soldier soldier = store.soldier(soldierId).orElseThrow(() -> new NotFoundException("士兵不存在"));
		Round round = access.operated(soldier.roundId(), by);
		by.require(Permission.PERSONAL_DATA_READ);
		if (soldier.state() != SoldierState.CHOSEN) {
			throw new ConflictException("该士兵尚未选定岗位，不能开具介绍信");
		}
		Post post = store.post(soldier.postId()).orElseThrow();
		Region region = directory.region(new RegionCode(round.regionCode())).orElseThrow();
		String office = directory.unit(new UnitId(round.officeUnitId())).map(Unit::name).orElse(region.name());
		Issued issued = issued(soldierId).orElseGet(() -> issue(soldier, round, post, region, office, by));
		byte[] docx = OfficialLayout.docx(document(soldier, round, post, office, issued));
		audit.exported(by, "PLACEMENT_INTRODUCTION_EXPORTED", AuditTarget.of("PLACEMENT_SOLDIER", soldierId), 1,
				issued.number());
		return new Letter(issued.number(), docx);
	}

	private Issued issue(Soldier soldier, Round round, Post post, Region region, String office, CurrentUser by) {
		String code = OfficeCode.abbreviation(region.name(), RegionLevel.ofCode(round.regionCode())) + "拥安";
		LocalDate today = clock.today();
		DocumentRegistry.Issued issued = registry.issue(code, round.year(), new DocumentRegistry.Issue(office,
				round.officeUnitId(), "退役士兵安置介绍信", round.regionCode(), List.of(post.unitName())), by.getUsername());
		int written = jdbc.sql("""
				update placement.soldier set introduction_document_id = ?, introduction_number = ?,
				  introduction_issued_on = ? where id = ? and introduction_number is null""")
			.params(issued.documentId(), issued.number().value(), today, soldier.id()).update();
		if (written == 0) {
			throw new ConflictException("介绍信正在由他人开具，请稍后再下载");
		}
		// The employer puts the soldier in post within a month of the letter; the placing office follows it up.
		LocalDate due = today.plusMonths(1);
		tasks.open(new OpenTask(source, round.id(), "督促" + post.unitName() + "于" + due + "前安排退役士兵"
				+ soldier.name().masked() + "上岗（介绍信" + issued.number().value() + "，" + rule(soldier) + "）",
				List.of(round.officeUnitId()), List.of(), due, round.officeUnitId()));
		return new Issued(issued.number().value(), today);
	}

	private java.util.Optional<Issued> issued(long soldierId) {
		return jdbc.sql("""
				select introduction_number, introduction_issued_on from placement.soldier
				where id = ? and introduction_number is not null""").param(soldierId)
			.query((rs, n) -> new Issued(rs.getString(1), rs.getObject(2, LocalDate.class))).optional();
	}

	private static OfficialDocument document(Soldier soldier, Round round, Post post, String office, Issued issued) {
		Statute statute = Statute.valueOf(soldier.statute());
		String rule = rule(soldier);
		List<Block> body = List.of(
				Block.paragraph("兹介绍退役士兵" + soldier.name().value() + "同志（" + soldier.discharged().getYear()
						+ "年退出现役，依据" + statute.title() + soldier.article() + "安排工作），经" + round.year()
						+ "年度退役士兵安置按排名顺序选岗，选定你单位" + post.title() + "（工作地点：" + post.location() + "）。"),
				Block.paragraph("请按照" + rule + "，自收到本介绍信之日起1个月内安排其上岗，并依法与其签订期限不少于3年的劳动合同或者聘用合同。"));
		return new OfficialDocument(office, issued.number(), "介绍信", post.unitName(), body, List.of(),
				new OfficialDocument.Signature(office, issued.on()), null);
	}

	/** Where the month the employer has comes from: 退役士兵安置条例 Art. 36 until 2024-08-31. */
	private static String rule(Soldier soldier) {
		Statute statute = Statute.valueOf(soldier.statute());
		return statute == Statute.REGULATIONS_2011 ? "《退役士兵安置条例》第三十六条" : statute.title() + "有关规定";
	}

	/** A letter written: its number and the .docx. */
	public record Letter(String number, byte[] docx) {
	}

	private record Issued(String number, LocalDate on) {
	}
}
