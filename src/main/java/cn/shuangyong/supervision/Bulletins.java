package cn.shuangyong.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.documents.DocNumber;
import cn.shuangyong.documents.DocumentRegistry;
import cn.shuangyong.documents.writing.PdfConversion;
import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.reporting.BulletinDocument;
import cn.shuangyong.supervision.reporting.BulletinDrafting;
import cn.shuangyong.supervision.reporting.BulletinFigures;
import cn.shuangyong.supervision.reporting.DocxTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 情况通报 on a plan: issuing one under the next number of the issuing office, keeping it as issued, handing out its
 * .docx and PDF, and the unnumbered draft (征求意见稿) for any date. Only the office that issued the plan issues its
 * bulletins; anyone who sees the plan may read them; a plan or bulletin outside the scope answers 404.
 */
@Service
@Transactional
public class Bulletins {

	private final JdbcClient jdbc;

	private final WorkPlans plans;

	private final BulletinDrafting drafting;

	private final DocumentRegistry registry;

	private final PdfConversion pdf;

	private final AuditTrail audit;

	private final BusinessClock clock;

	Bulletins(JdbcClient jdbc, WorkPlans plans, BulletinDrafting drafting, DocumentRegistry registry, PdfConversion pdf,
			AuditTrail audit, BusinessClock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.drafting = drafting;
		this.registry = registry;
		this.pdf = pdf;
		this.audit = audit;
		this.clock = clock;
	}

	public IssuedBulletin issue(long planId, LocalDate date, CurrentUser user) {
		PlanSummary plan = plans.find(planId, user);
		if (!user.can(Permission.WORK_EDIT) || user.unitId() != plan.issuerUnitId()) {
			throw new AccessDeniedException("只有印发该工作要点的双拥办可以印发情况通报");
		}
		drafting.checkDate(plan, date);
		// A bulletin is numbered under the plan's own 机关代字: the plan 某拥办通〔2021〕3号 gives 某拥办通〔2021〕N号.
		String code = DocNumber.read(plan.docNumber()).map(DocNumber::issuerCode)
			.orElseThrow(() -> new InvalidInputException(
					"工作要点的发文字号“" + plan.docNumber() + "”不是“机关代字〔年份〕序号号”的格式，无法为通报编号"));
		BulletinDocument.BulletinContent draft = drafting.content(plan, date, null);
		DocumentRegistry.Issued issued = registry.issue(code, date.getYear(), new DocumentRegistry.Issue(plan.issuer(),
				plan.issuerUnitId(), draft.title(), plan.regionCode(), List.of(draft.recipients())), user.getUsername());
		String docNumber = issued.number().value();
		long documentId = issued.documentId();
		BulletinDocument.BulletinContent content = draft.numbered(docNumber);
		long id = jdbc.sql("""
				insert into supervision.bulletin (plan_id, issuer_unit_id, issuer_region, doc_number, document_id, as_of,
				  title, docx, issued_at, issued_by)
				values (:plan, :issuer, :region, :number, :document, :asOf, :title, :docx, :at, :by) returning id""")
			.param("plan", planId).param("issuer", plan.issuerUnitId()).param("region", plan.regionCode())
			.param("number", docNumber).param("document", documentId).param("asOf", date).param("title", content.title())
			.param("docx", BulletinDocument.write(content)).param("at", Timestamp.from(clock.now()))
			.param("by", user.getUsername()).query(Long.class).single();
		audit.record(user, "BULLETIN_ISSUED", AuditTarget.of("BULLETIN", id), docNumber + "，截至 " + date);
		return new IssuedBulletin(id, docNumber);
	}

	@Transactional(readOnly = true)
	public List<BulletinSummary> ofPlan(long planId, CurrentUser user) {
		plans.find(planId, user);
		return jdbc.sql("""
				select id, plan_id, doc_number, as_of, title, issued_at, issued_by, pdf is not null
				from supervision.bulletin where plan_id = :plan order by id desc""")
			.param("plan", planId).query(Bulletins::summary).list();
	}

	@Transactional(readOnly = true)
	public BulletinSummary find(long id, CurrentUser user) {
		BulletinSummary bulletin = jdbc.sql("""
				select id, plan_id, doc_number, as_of, title, issued_at, issued_by, pdf is not null
				from supervision.bulletin where id = :id""")
			.param("id", id).query(Bulletins::summary).optional()
			.orElseThrow(() -> new NotFoundException("情况通报不存在"));
		try {
			plans.find(bulletin.planId(), user);
		}
		catch (NotFoundException e) {
			throw new NotFoundException("情况通报不存在");
		}
		return bulletin;
	}

	public byte[] docx(long id, CurrentUser user) {
		find(id, user);
		byte[] docx = storedDocx(id);
		downloaded(user, id, "BULLETIN_DOWNLOADED", docx, ".docx");
		return docx;
	}

	private byte[] storedDocx(long id) {
		return jdbc.sql("select docx from supervision.bulletin where id = :id").param("id", id).query(byte[].class)
			.single();
	}

	private void downloaded(CurrentUser user, long id, String event, byte[] docx, String format) {
		audit.exported(user, event, AuditTarget.of("BULLETIN", id), DocxTables.dataRows(docx), "下载情况通报" + format);
	}

	/**
	 * Made on the first download and kept: the bulletin as issued does not change. No transaction is held open while
	 * LibreOffice works; two first downloads at once both convert, and the first to finish is kept.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public byte[] pdf(long id, CurrentUser user) {
		find(id, user);
		// a null column is a row too: single() would refuse it
		byte[] kept = jdbc.sql("select pdf from supervision.bulletin where id = :id").param("id", id)
			.query((rs, n) -> rs.getBytes(1)).list().get(0);
		byte[] docx = storedDocx(id);
		downloaded(user, id, "BULLETIN_DOWNLOADED", docx, ".pdf");
		if (kept != null) {
			return kept;
		}
		byte[] made = pdf.toPdf(docx);
		jdbc.sql("update supervision.bulletin set pdf = :pdf where id = :id and pdf is null").param("pdf", made)
			.param("id", id).update();
		return made;
	}

	/** The draft for a date: no number, marked 征求意见稿. */
	public byte[] preview(long planId, LocalDate date, CurrentUser user) {
		PlanSummary plan = plans.find(planId, user);
		drafting.checkDate(plan, date);
		BulletinDocument.BulletinContent content = drafting.content(plan, date, null);
		audit.exported(user, "BULLETIN_DRAFT_DOWNLOADED", AuditTarget.of("PLAN", planId),
				content.figures().units().size() + content.figures().regions().size() + content.figures().overdue().size(),
				"下载情况通报征求意见稿（截至 " + date + "）");
		return BulletinDocument.write(content);
	}

	@Transactional(readOnly = true)
	public BulletinFigures figures(long planId, LocalDate date, CurrentUser user) {
		PlanSummary plan = plans.find(planId, user);
		drafting.checkDate(plan, date);
		return drafting.figures(plan, date);
	}

	private static BulletinSummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new BulletinSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
				rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getBoolean(8));
	}

	public record IssuedBulletin(long id, String docNumber) {
	}

	public record BulletinSummary(long id, long planId, String docNumber, LocalDate asOf, String title,
			Instant issuedAt, String issuedBy, boolean pdfKept) {
	}
}
