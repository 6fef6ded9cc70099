package nl.secondopinion.referral;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "nl.secondopinion.referral", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainDoesNotDependOnWebOrFeign = noClasses().that()
		.resideInAPackage("..referral.request..")
		.and()
		.resideOutsideOfPackage("..referral.request.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "org.springframework.web..", "jakarta.servlet..", "feign..",
				"org.springframework.cloud.openfeign..", "..referral.client..")
		.because("the domain must not know how it is called or how it calls others");

	@ArchTest
	static final ArchRule webDoesNotUseClientsDirectly = noClasses().that()
		.resideInAPackage("..request.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..referral.client..", "feign..", "org.springframework.cloud.openfeign..")
		.because("controllers go through the request service, which owns the coverage rules");

	@ArchTest
	static final ArchRule clientsDoNotReachIntoWeb = noClasses().that()
		.resideInAPackage("..referral.client..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..request.web..");

	@ArchTest
	static final ArchRule feignStaysInClient = noClasses().that()
		.resideOutsideOfPackage("..referral.client..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("feign..", "org.springframework.cloud.openfeign..")
		.because("a later move to HTTP service clients should stay inside client");

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule theDirectoryDoesNotKnowTheJourney = noClasses().that()
		.resideInAPackage("..referral.consultant..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..referral.request..", "..referral.client..")
		.because("requests use the directory, not the other way round");

	@ArchTest
	static final ArchRule theRulesArePlainClasses = classes().that()
		.haveSimpleNameStartingWith("Transitions")
		.or()
		.haveSimpleNameStartingWith("IndependenceCheck")
		.or()
		.haveSimpleNameStartingWith("RequestAccess")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "org.jspecify..", "..referral.request..", "..referral.consultant..",
				"nl.secondopinion.support.security..")
		.because("the journey's rules are tested exhaustively without Spring");

}
