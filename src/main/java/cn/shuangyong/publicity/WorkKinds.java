package cn.shuangyong.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kinds of work, kept as data: the provincial office defines them and the target names each counts for, so a new
 * year's points with a new sort of work need no release.
 */
@Service
@Transactional(readOnly = true)
public class WorkKinds {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	WorkKinds(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public List<WorkKind> all() {
		return jdbc.sql("select code, name, video, counts from publicity.work_kind order by position, code")
			.query(WorkKinds::row).list();
	}

	public Optional<WorkKind> find(String code) {
		return jdbc.sql("select code, name, video, counts from publicity.work_kind where code = :c").param("c", code)
			.query(WorkKinds::row).optional();
	}

	/** The kind whose works a target of this name counts, if any. */
	public Optional<WorkKind> countedBy(String targetName) {
		return all().stream().filter(k -> k.counts(targetName)).findFirst();
	}

	/** Defines a kind or changes one (by its code); only the provincial office does. */
	@Transactional
	public WorkKind define(String code, String name, boolean video, String targetNames, CurrentUser by) {
		if (!by.can(Permission.PLANS_PUBLISH) || by.regionLevel() != RegionLevel.PROVINCE) {
			throw new AccessDeniedException("只有省双拥办可以设置作品类型");
		}
		List<String> problems = new ArrayList<>();
		String cleanCode = FreeText.clean(code);
		if (!cleanCode.matches("[A-Z][A-Z0-9_]{1,19}")) {
			problems.add("类型代码须为 2 至 20 位大写字母、数字或下划线，以字母开头");
		}
		String cleanName = FreeText.required(name, "类型名称", 20, problems);
		Set<String> names = new LinkedHashSet<>();
		Arrays.stream(FreeText.clean(targetNames).split("[、，,|\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
			.forEach(names::add);
		if (names.stream().anyMatch(n -> n.length() > 50) || String.join("|", names).length() > 500) {
			problems.add("计入的指标名称每个不超过 50 字，合计不超过 500 字");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		jdbc.sql("""
				insert into publicity.work_kind (code, name, video, counts, position)
				values (:code, :name, :video, :counts, (select coalesce(max(position), 0) + 1 from publicity.work_kind))
				on conflict (code) do update set name = excluded.name, video = excluded.video, counts = excluded.counts""")
			.param("code", cleanCode).param("name", cleanName).param("video", video)
			.param("counts", String.join("|", names)).update();
		audit.record(by, "PUBLICITY_KIND_DEFINED", AuditTarget.of("PUBLICITY_KIND", cleanCode), cleanCode + " " + cleanName);
		return find(cleanCode).orElseThrow();
	}

	private static WorkKind row(ResultSet rs, int n) throws SQLException {
		String counts = rs.getString("counts");
		return new WorkKind(rs.getString("code"), rs.getString("name"), rs.getBoolean("video"),
				counts.isEmpty() ? Set.of() : Set.of(counts.split("\\|")));
	}
}
