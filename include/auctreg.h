/**
 * @file auctreg.h
 * @brief Umbrella header of libauctreg: include this one file.
 *
 * libauctreg runs the yearly practice registration of auctioneers
 * (拍卖师执业注册): the registration workflow, the fee rules, field validation,
 * durable storage in SQLite and XML interchange. Each module has its own header
 * under auctreg/; see docs/guide.md for the concepts and conventions.
 */
#ifndef AUCTREG_H
#define AUCTREG_H

#include "auctreg/common.h"
#include "auctreg/version.h"
#include "auctreg/errors.h"
#include "auctreg/types.h"
#include "auctreg/person.h"
#include "auctreg/application.h"
#include "auctreg/codes.h"
#include "auctreg/validate.h"
#include "auctreg/rules.h"
#include "auctreg/workflow.h"
#include "auctreg/registry.h"
#include "auctreg/xml.h"

#endif /* AUCTREG_H */
