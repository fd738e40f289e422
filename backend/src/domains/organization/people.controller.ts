import { Body, Controller, Delete, Get, Header, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Auth, Permission, target } from '../../platform/access/decorators';
import { UuidPipe } from '../../platform/access/params';
import { expectedVersion } from '../../platform/access/versioning';
import type { AuthContext } from '../../platform/auth/auth-context';
import { CreatePersonDto, PeopleQueryDto, PersonDto, PersonPageDto, UpdatePersonDto } from './dto/person.dto';
import { PeopleService } from './people.service';

@ApiTags('organization')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @Permission('person', 'read', target.query('companyId'))
  @ApiOperation({
    summary: 'The staff roster: search, filters, sort and pages, limited to the companies the caller may see.',
  })
  @ApiOkResponse({ type: PersonPageDto })
  @Header('content-type', 'application/json; charset=utf-8')
  list(@Auth() auth: AuthContext, @Query() query: PeopleQueryDto): Promise<Buffer> {
    // A Page<PersonDto> already serialised by the service (see PeopleService.list).
    return this.people.list(auth, query);
  }

  @Get(':id')
  @Permission('person', 'read', target.record('people'))
  @ApiOkResponse({ type: PersonDto })
  get(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<PersonDto> {
    return this.people.get(auth, id);
  }

  @Post()
  @Permission('person', 'create', target.body('companyId'))
  @ApiCreatedResponse({ type: PersonDto })
  @ApiConflictResponse({ description: 'PERSON_EMPLOYEE_NUMBER_TAKEN' })
  @ApiUnprocessableEntityResponse({ description: 'PERSON_DEPARTMENT_INVALID' })
  create(@Auth() auth: AuthContext, @Body() dto: CreatePersonDto): Promise<PersonDto> {
    return this.people.create(auth, dto);
  }

  @Patch(':id')
  @Permission('person', 'update', target.record('people'))
  @ApiOperation({
    summary: 'Change a person. Marking them inactive (left) disables their account and ends its sessions.',
  })
  @ApiOkResponse({ type: PersonDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, PERSON_EMPLOYEE_NUMBER_TAKEN' })
  @ApiUnprocessableEntityResponse({ description: 'PERSON_DEPARTMENT_INVALID' })
  update(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdatePersonDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<PersonDto> {
    return this.people.update(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @Permission('person', 'delete', target.record('people'))
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a person entered by mistake (people who leave are marked inactive instead).' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'STALE_VERSION, PERSON_HAS_ACCOUNT' })
  async remove(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.people.remove(auth, id, expectedVersion(ifMatch, undefined));
  }
}
