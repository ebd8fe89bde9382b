package cn.shuangyong.beneficiaries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import cn.shuangyong.privacy.LookupHash;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding people: lists, search by name or exact ID number, and the rows of an export, always within the user's data
 * scope and always masked.
 */
@Service
@Transactional(readOnly = true)
public class Beneficiaries {

	private final JdbcClient jdbc;

	private final CategoryCatalogue catalogue;

	private final LookupHash lookup;

	private final Clock clock;

	Beneficiaries(JdbcClient jdbc, CategoryCatalogue catalogue, LookupHash lookup, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.lookup = lookup;
		this.clock = clock;
	}

	public ListPage<PersonRecord> search(BeneficiaryFilter filter, Paging paging, CurrentUser user) {
		RegistryAccess.require(user, RegistryAccess.READ, "查看优抚对象");
		ScopedQuery query = query(filter, user.regionCode());
		long total = jdbc.sql("select count(*) from beneficiaries.person p where " + query.where())
			.params(query.params()).query(Long.class).single();
		var content = paging.bind(jdbc.sql("select " + PersonStore.COLUMNS + PersonStore.FROM + "where "
				+ query.where() + " order by p.id" + Paging.SQL).params(query.params()))
			.query(PersonStore::record).list();
		return paging.of(content, total);
	}

	/** How many people a filter finds under a scope root. */
	long count(BeneficiaryFilter filter, String scopeRoot) {
		ScopedQuery query = query(filter, scopeRoot);
		return jdbc.sql("select count(*) from beneficiaries.person p where " + query.where()).params(query.params())
			.query(Long.class).single();
	}

	/** Every person a filter finds under a scope root, in id order, one at a time (exports). */
	void forEach(BeneficiaryFilter filter, String scopeRoot, int limit, Consumer<PersonRecord> each) {
		ScopedQuery query = query(filter, scopeRoot);
		jdbc.sql("select " + PersonStore.COLUMNS + PersonStore.FROM + "where " + query.where()
				+ " order by p.id limit :limit")
			.params(query.params()).param("limit", limit)
			.query(rs -> {
				each.accept(PersonStore.record(rs, 0));
			});
	}

	private ScopedQuery query(BeneficiaryFilter filter, String scopeRoot) {
		return ScopedQuery.of(filter, scopeRoot, catalogue, lookup, LocalDate.now(clock.withZone(BusinessClock.CHINA)));
	}
}
