package nl.secondopinion.insurance;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "nl.secondopinion.insurance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainDoesNotDependOnWebOrFeign = noClasses().that()
		.resideInAnyPackage("..insurance.coverage", "..insurance.mediation", "..insurance.eligibility",
				"..insurance.context", "..insurance.event", "..insurance.privacy", "..insurance.insurer")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "org.springframework.web..", "jakarta.servlet..", "feign..",
				"org.springframework.cloud.openfeign..", "io.github.resilience4j..", "..insurance.client..")
		.because("the domain must not know how it is called or how it calls others");

	@ArchTest
	static final ArchRule webDoesNotUseClientsDirectly = noClasses().that()
		.resideInAPackage("..insurance..web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..insurance.client..", "feign..", "org.springframework.cloud.openfeign..");

	@ArchTest
	static final ArchRule clientsDoNotReachIntoWeb = noClasses().that()
		.resideInAPackage("..insurance.client..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..insurance..web..");

	@ArchTest
	static final ArchRule feignStaysInClient = noClasses().that()
		.resideOutsideOfPackage("..insurance.client..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("feign..", "org.springframework.cloud.openfeign..")
		.because("a later move to HTTP service clients should stay inside client");

	@ArchTest
	static final ArchRule featuresDoNotReachIntoEachOthersWeb = noClasses().that()
		.resideInAPackage("..insurance.mediation..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..insurance.coverage.web..");

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic();

}
