package cn.shuangyong.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The texts of the platform: {@code messages.properties} for the shell and one bundle per capability under
 * {@code i18n/} (for example {@code i18n/bulletins.properties} with {@code i18n/bulletins_en.properties}), found on the
 * class path so that a module brings its own texts without touching anyone else's file.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

	static final String CAPABILITY_BUNDLES = "classpath*:i18n/*.properties";

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		List<String> basenames = new ArrayList<>();
		basenames.add("classpath:messages");
		for (String name : capabilityBundleNames()) {
			basenames.add("classpath:i18n/" + name);
		}
		source.setBasenames(basenames.toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setCacheSeconds(-1);
		return source;
	}

	/** The base names of the capability bundles, without locale suffix: {@code bulletins} for {@code bulletins_en}. */
	static List<String> capabilityBundleNames() {
		try {
			List<String> names = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(CAPABILITY_BUNDLES)) {
				String file = resource.getFilename();
				if (file != null && !file.contains("_")) {
					names.add(file.substring(0, file.length() - ".properties".length()));
				}
			}
			names.sort(null);
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
