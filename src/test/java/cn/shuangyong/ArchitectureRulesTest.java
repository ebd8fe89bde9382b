package cn.shuangyong;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/** The house rules of STYLE.md that the compiler does not check. */
@AnalyzeClasses(packages = "cn.shuangyong", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTest {

	/** @RestController carries @Controller, so this covers both. */
	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that().areMetaAnnotatedWith(Controller.class)
		.should().bePackagePrivate()
		.because("a controller is reached through its mappings, never called from another package");

	@ArchTest
	static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Autowired.class)
		.orShould().beAnnotatedWith(Value.class)
		.because("dependencies come through the constructor into final fields");

	@ArchTest
	static final ArchRule noMeaninglessClassNames = noClasses().should().haveSimpleNameEndingWith("Impl")
		.orShould().haveSimpleNameEndingWith("Helper")
		.orShould().haveSimpleNameEndingWith("Util")
		.orShould().haveSimpleNameEndingWith("Utils")
		.orShould().haveSimpleNameEndingWith("Manager")
		.because("names come from the domain (STYLE.md, Names)");

	@ArchTest
	static final ArchRule rootPackageHoldsOnlyTheApplication = classes().that().resideInAPackage("cn.shuangyong")
		.should().haveNameMatching("cn\\.shuangyong\\.ShuangyongApplication(\\$.*)?")
		.because("every other type belongs to a module");
}
