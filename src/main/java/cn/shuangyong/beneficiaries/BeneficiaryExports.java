package cn.shuangyong.beneficiaries;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of people (GB/T 35273 批量下载审批; security requirements F4). They need their own permission, are
 * recorded with their filter and row count, carry a watermark of who and when, and above the approval threshold
 * need another office user's approval first: request, approve, then one download by the one who asked.
 */
@Service
@Transactional
public class BeneficiaryExports {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Beneficiaries beneficiaries;

	private final JdbcClient jdbc;

	private final RegistryAudit audit;

	private final Directory directory;

	private final CategoryCatalogue catalogue;

	private final Clock clock;

	private final int threshold;

	private final int maxRows;

	BeneficiaryExports(Beneficiaries beneficiaries, JdbcClient jdbc, RegistryAudit audit, Directory directory,
			CategoryCatalogue catalogue, Clock clock,
			@Value("${shuangyong.beneficiaries.export.approval-threshold:1000}") int threshold,
			@Value("${shuangyong.beneficiaries.export.max-rows:50000}") int maxRows) {
		this.beneficiaries = beneficiaries;
		this.jdbc = jdbc;
		this.audit = audit;
		this.directory = directory;
		this.catalogue = catalogue;
		this.clock = clock;
		this.threshold = threshold;
		this.maxRows = maxRows;
	}

	public int threshold() {
		return threshold;
	}

	/** How many rows an export with this filter would hold. */
	@Transactional
	public long size(BeneficiaryFilter filter, CurrentUser user) {
		requirePermission(user, filter);
		return beneficiaries.count(filter, ScopedQuery.region(filter.region(), user));
	}

	/** Writes an export at once when it is within the threshold; above it, 403 and the way to ask for approval. */
	public void write(BeneficiaryFilter filter, ExportFormat format, CurrentUser user, OutputStream out) {
		requirePermission(user, filter);
		String scope = ScopedQuery.region(filter.region(), user);
		long rows = beneficiaries.count(filter, scope);
		if (rows > threshold) {
			audit.denied(user, "PERSONAL_DATA_EXPORT_DENIED", null,
					"导出 " + rows + " 行超过审批阈值 " + threshold + " 行，未经审批；条件：" + filter);
			throw new AccessDeniedException("导出 " + rows + " 行，超过 " + threshold + " 行，须先提交导出申请，经本级另一名工作人员审批后下载");
		}
		audit.record(user, "PERSONAL_DATA_EXPORTED", null, format + " 导出 " + rows + " 行；条件：" + filter);
		stream(filter, scope, format, user, out);
	}

	/** Asks for approval of a large export; returns the request's number. */
	public long request(BeneficiaryFilter filter, ExportFormat format, String reason, CurrentUser user) {
		requirePermission(user, filter);
		String why = reason == null ? "" : reason.strip();
		if (why.length() < 4 || why.length() > 500) {
			throw new InvalidInputException("请写明导出用途（4 至 500 字）");
		}
		if (filter.idNumber() != null && !filter.idNumber().isBlank()) {
			throw new InvalidInputException("按身份证号查找的结果至多一人，无须审批，请直接导出");
		}
		String scope = ScopedQuery.region(filter.region(), user);
		long rows = beneficiaries.count(filter, scope);
		if (rows > maxRows) {
			throw new InvalidInputException("一次最多导出 " + maxRows + " 行，此条件有 " + rows + " 行，请缩小范围");
		}
		long id = jdbc.sql("""
				insert into beneficiaries.export_request (requested_by, requester_unit, scope_region, filter_region,
				  filter_category, filter_name, format, row_count, reason, status)
				values (:by, :unit, :scope, :region, :category, :name, :format, :rows, :reason, 'PENDING') returning id""")
			.param("by", user.getUsername()).param("unit", user.unitId()).param("scope", scope)
			.param("region", blankToNull(filter.region())).param("category", blankToNull(filter.category()))
			.param("name", blankToNull(filter.name())).param("format", format.name()).param("rows", (int) rows)
			.param("reason", why).query(Long.class).single();
		audit.record(user, "PERSONAL_DATA_EXPORT_REQUESTED", id,
				"申请导出 " + rows + " 行（" + format + "）；条件：" + filter + "；用途：" + why);
		return id;
	}

	/** Approves or rejects a request: someone other than the one who asked, with the export permission, in scope. */
	public ExportRequest decide(long id, boolean approve, CurrentUser user) {
		ExportRequest request = visible(id, user);
		RegistryAccess.require(user, RegistryAccess.EXPORT, "审批导出");
		if (request.requestedBy().equals(user.getUsername())) {
			throw new AccessDeniedException("不能审批自己提交的导出申请，须由本级另一名工作人员审批");
		}
		int changed = jdbc.sql("""
				update beneficiaries.export_request set status = :status, decided_by = :by, decided_at = :at
				where id = :id and status = 'PENDING'""")
			.param("status", approve ? "APPROVED" : "REJECTED").param("by", user.getUsername())
			.param("at", Timestamp.from(clock.instant())).param("id", id).update();
		if (changed == 0) {
			throw new ConflictException("此申请已处理（" + request.status().label() + "）");
		}
		audit.record(user, approve ? "PERSONAL_DATA_EXPORT_APPROVED" : "PERSONAL_DATA_EXPORT_REJECTED", id,
				(approve ? "批准" : "不批准") + " " + request.requestedBy() + " 的导出申请（" + request.rowCount() + " 行）");
		return visible(id, user);
	}

	/** The one download of an approved export, by the one who asked for it. */
	public ExportRequest download(long id, CurrentUser user, OutputStream out) {
		ExportRequest request = visible(id, user);
		RegistryAccess.require(user, RegistryAccess.EXPORT, "导出个人信息");
		if (!request.requestedBy().equals(user.getUsername())) {
			throw new NotFoundException("导出申请不存在");
		}
		int changed = jdbc.sql("""
				update beneficiaries.export_request set status = 'DOWNLOADED', downloaded_at = :at
				where id = :id and status = 'APPROVED'""")
			.param("at", Timestamp.from(clock.instant())).param("id", id).update();
		if (changed == 0) {
			throw new ConflictException(request.status() == ExportRequest.Status.DOWNLOADED ? "此导出已下载过，每次审批只能下载一次"
					: "此申请尚未批准（" + request.status().label() + "）");
		}
		audit.record(user, "PERSONAL_DATA_EXPORTED", id, "下载经 " + request.decidedBy() + " 批准的导出（" + request.format()
				+ "，" + request.rowCount() + " 行）；条件：" + request.filter());
		stream(request.filter(), request.scopeRegion(), request.format(), user, out);
		return request;
	}

	/** The requests a user may see: their own, and those within their scope for them to decide. */
	@Transactional(readOnly = true)
	public ListPage<ExportRequest> requests(CurrentUser user, Paging paging) {
		RegistryAccess.require(user, RegistryAccess.READ, "查看导出申请");
		String mine = " where scope_region like :scope or requested_by = :me";
		long total = user.scope().bind(jdbc.sql("select count(*) from beneficiaries.export_request" + mine))
			.param("me", user.getUsername()).query(Long.class).single();
		return paging.of(paging.bind(user.scope().bind(jdbc.sql(ExportRequests.SELECT + mine + " order by id desc"
				+ Paging.SQL)))
			.param("me", user.getUsername()).query(ExportRequests::row).list(), total);
	}

	@Transactional(readOnly = true)
	public ExportRequest visible(long id, CurrentUser user) {
		ExportRequest request = jdbc.sql(ExportRequests.SELECT + " where id = :id").param("id", id)
			.query(ExportRequests::row).optional()
			.filter(r -> user.covers(r.scopeRegion()) || r.requestedBy().equals(user.getUsername()))
			.orElseThrow(() -> new NotFoundException("导出申请不存在"));
		RegistryAccess.require(user, RegistryAccess.READ, "查看导出申请");
		return request;
	}

	/** Who exports and when, as the file's first and last rows and page header say. */
	String watermark(CurrentUser user) {
		String unit = directory.unit(new UnitId(user.unitId())).map(u -> u.name()).orElse("");
		return "导出人：" + user.getUsername() + "（" + unit + "）  导出时间："
				+ LocalDateTime.now(clock.withZone(BusinessClock.CHINA)).format(WHEN) + "  仅限双拥工作使用，不得外传";
	}

	private void stream(BeneficiaryFilter filter, String scope, ExportFormat format, CurrentUser user, OutputStream out) {
		ExportColumns columns = new ExportColumns(directory, catalogue);
		long[] rows = { 0 };
		try (ExportWriter writer = ExportWriter.of(format, out, watermark(user))) {
			writer.header(ExportColumns.TITLES);
			beneficiaries.forEach(filter, scope, maxRows, person -> {
				try {
					writer.row(columns.cells(person));
					rows[0]++;
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			writer.finish(rows[0]);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void requirePermission(CurrentUser user, BeneficiaryFilter filter) {
		if (!user.can(RegistryAccess.EXPORT)) {
			audit.denied(user, "PERSONAL_DATA_EXPORT_DENIED", null, "无导出个人信息权限；条件：" + filter);
			throw new AccessDeniedException("您没有导出个人信息的权限");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
