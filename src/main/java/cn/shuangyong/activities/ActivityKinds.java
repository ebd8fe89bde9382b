package cn.shuangyong.activities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

/** The kinds of activity, kept as data: the provincial office adds or renames them, no release needed. */
@Service
@Transactional(readOnly = true)
public class ActivityKinds {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ActivityKinds(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public List<ActivityKind> all() {
		return jdbc.sql("select code, name from activities.kind order by position, code")
			.query((rs, n) -> new ActivityKind(rs.getString(1), rs.getString(2))).list();
	}

	public Optional<ActivityKind> find(String code) {
		return all().stream().filter(k -> k.code().equals(code)).findFirst();
	}

	@Transactional
	public ActivityKind define(String code, String name, CurrentUser by) {
		if (!by.can(Permission.PLANS_PUBLISH) || by.regionLevel() != RegionLevel.PROVINCE) {
			throw new AccessDeniedException("只有省双拥办可以设置活动类型");
		}
		List<String> problems = new ArrayList<>();
		String cleanCode = FreeText.clean(code);
		if (!cleanCode.matches("[A-Z][A-Z0-9_]{1,19}")) {
			problems.add("类型代码须为 2 至 20 位大写字母、数字或下划线，以字母开头");
		}
		String cleanName = FreeText.required(name, "类型名称", 20, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		jdbc.sql("""
				insert into activities.kind (code, name, position)
				values (:code, :name, (select coalesce(max(position), 0) + 1 from activities.kind))
				on conflict (code) do update set name = excluded.name""")
			.param("code", cleanCode).param("name", cleanName).update();
		audit.record(by, "ACTIVITY_KIND_DEFINED", AuditTarget.of("ACTIVITY_KIND", cleanCode), cleanName);
		return new ActivityKind(cleanCode, cleanName);
	}
}
