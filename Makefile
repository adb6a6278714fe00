# Used by `sam build` (BuildMethod: makefile). Each function target builds its shaded jar and places it
# where the java21 runtime loads code from: $(ARTIFACTS_DIR)/lib.
MVN ?= mvn -B -q

build-ApiFunction:
	$(MVN) -Plambda -pl functions/api -am -DskipTests package
	mkdir -p $(ARTIFACTS_DIR)/lib
	cp functions/api/target/api-lambda.jar $(ARTIFACTS_DIR)/lib/

build-WorkerFunction:
	$(MVN) -Plambda -pl functions/worker -am -DskipTests package
	mkdir -p $(ARTIFACTS_DIR)/lib
	cp functions/worker/target/worker-lambda.jar $(ARTIFACTS_DIR)/lib/

build-SchedulerFunction:
	$(MVN) -Plambda -pl functions/scheduler -am -DskipTests package
	mkdir -p $(ARTIFACTS_DIR)/lib
	cp functions/scheduler/target/scheduler-lambda.jar $(ARTIFACTS_DIR)/lib/

build-HooksFunction:
	$(MVN) -Plambda -pl functions/hooks -am -DskipTests package
	mkdir -p $(ARTIFACTS_DIR)/lib
	cp functions/hooks/target/hooks-lambda.jar $(ARTIFACTS_DIR)/lib/
