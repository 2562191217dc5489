# The two set-up commands are `make run` and `make test` (see README.md).
BUILD_DIR ?= build
DB ?= sqlite:./data/quanke.db
LISTEN ?= 127.0.0.1:8080

.PHONY: run test build server web bench clean

run: build
	./scripts/run.sh

test:
	./scripts/test.sh

build:
	./scripts/bootstrap.sh
	./scripts/build.sh

server:
	./scripts/build.sh server

web:
	./scripts/build.sh web

bench: build
	./bench/run.sh

clean:
	rm -rf $(BUILD_DIR) web/dist
